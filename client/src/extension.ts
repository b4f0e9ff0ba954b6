// The client starts the language server; all intelligence lives in the server. Besides, it shows what
// needs the vscode API: the Cables view and the timeline webview, both drawn from `cable/timeline`.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { corpusChangedMethod, timelineMethod, type TimelineParams } from '../../protocol/src/protocol';
import { TimelineSource } from './timeline/timelineSource';
import { registerTimelinePanel } from './timelinePanel';
import { registerTimelineView } from './timelineView';

let client: LanguageClient | undefined;

/** JSON-RPC's "method not found": a server without the corpus index. */
const METHOD_NOT_FOUND = -32601;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    synchronize: { configurationSection: 'cable' },
  };
  // The id 'cable' makes the `cable.trace.server` setting work without further code.
  const languageClient = new LanguageClient('cable', 'Cable Language Server', serverOptions, clientOptions);
  client = languageClient;

  const timeline = new TimelineSource({
    fetch: async () => {
      try {
        const params: TimelineParams = { groupBy: 'date' };
        return await languageClient.sendRequest(timelineMethod, params);
      } catch (error) {
        if ((error as { code?: unknown }).code === METHOD_NOT_FOUND) return undefined;
        throw error;
      }
    },
    onError: error => languageClient.warn('The timeline request failed', error, false),
  });
  context.subscriptions.push(
    { dispose: () => timeline.dispose() },
    registerTimelineView(context, timeline),
    registerTimelinePanel(context, timeline),
  );

  await languageClient.start();
  context.subscriptions.push(languageClient.onNotification(corpusChangedMethod, () => void timeline.refresh()));
  void timeline.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
