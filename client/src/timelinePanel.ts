// The timeline webview (`cable.showTimeline`): one lane per channel, a mark per cable on a shared time
// axis, arrows for references. Layout and markup are pure (timeline/timelineLayout.ts,
// timeline/timelineHtml.ts); this file owns the panel, its Content-Security-Policy nonce and the one
// message the page may send: open the cable with this key, checked against the data it was given.
import * as vscode from 'vscode';
import type { TimelineCable, TimelineResult } from '../../protocol/src/protocol';
import { buildTimelineHtml } from './timeline/timelineHtml';
import { layoutTimeline } from './timeline/timelineLayout';
import { emptyTimeline } from './timeline/timelineResult';
import type { TimelineSource } from './timeline/timelineSource';
import { openCableAt } from './timelineView';

const viewType = 'cable.timeline';

export class TimelinePanel implements vscode.Disposable {
  private static current: TimelinePanel | undefined;
  private cablesByKey = new Map<string, TimelineCable>();
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  static disposeCurrent(): void {
    TimelinePanel.current?.dispose();
  }

  static show(context: vscode.ExtensionContext, source: TimelineSource): void {
    if (TimelinePanel.current) {
      TimelinePanel.current.panel.reveal();
      return;
    }
    const media = vscode.Uri.joinPath(context.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(viewType, 'Cable Timeline', vscode.ViewColumn.Active, {
      enableScripts: true,
      // Nothing is kept while the panel is hidden; it is drawn again from the server's data.
      retainContextWhenHidden: false,
      enableFindWidget: false,
      localResourceRoots: [media],
    });
    TimelinePanel.current = new TimelinePanel(panel, media, source);
    void source.refresh();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly media: vscode.Uri,
    source: TimelineSource,
  ) {
    this.render(source.current ?? { ...emptyTimeline, complete: false });
    this.disposables.push(
      source.onDidChange(result => this.render(result)),
      panel.webview.onDidReceiveMessage(message => this.onMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private render(result: TimelineResult): void {
    const webview = this.panel.webview;
    this.cablesByKey = new Map(result.cables.map(c => [c.key, c]));
    webview.html = buildTimelineHtml(result, layoutTimeline(result), {
      nonce: newNonce(),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'timeline.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, 'timeline.js')).toString(),
    });
  }

  /** The page may only ask to open a cable it was shown: `{ type: 'open', key }` with a known key. */
  private onMessage(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const { type, key } = message as { type?: unknown; key?: unknown };
    if (type !== 'open' || typeof key !== 'string') return;
    const cable = this.cablesByKey.get(key);
    if (!cable) return;
    void openCableAt(cable.uri, cable.headerRange, vscode.ViewColumn.Beside);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function registerTimelinePanel(context: vscode.ExtensionContext, source: TimelineSource): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('cable.showTimeline', () => TimelinePanel.show(context, source)),
    { dispose: () => TimelinePanel.disposeCurrent() },
  );
}

/** 16 random bytes in hex for the page's Content-Security-Policy (Web Crypto: the desktop's extension host and the browser's both have it). */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
