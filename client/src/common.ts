// What the desktop client (extension.ts) and the web client (browserExtension.ts) share: the client's
// options, and everything the client shows once it has a language client, whatever the server runs in —
// the built-in gazetteer entries as read-only documents whose text the server gives, the Cables view
// and the timeline webview (both drawn from `cable/timeline`), and the "cited by N" lens's command.
// Nothing here may use Node: the web client bundles it for a browser worker.
import { clientOptions } from './clientOptions';
import { commands, Uri, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  corpusChangedMethod, gazetteerEntryMethod, gazetteerEntryScheme, showReferencesCommand, timelineMethod,
  type GazetteerEntryParams, type GazetteerEntryResult, type TimelineParams,
} from '../../protocol/src/protocol';
import { TimelineSource } from './timeline/timelineSource';
import { registerTimelinePanel } from './timelinePanel';
import { registerTimelineView } from './timelineView';

/** JSON-RPC's "method not found": a server without the timeline. */
const METHOD_NOT_FOUND = -32601;

/** The id 'cable' makes the `cable.trace.server` setting work without further code. */
export const clientId = 'cable';
export const clientName = 'Cable Language Server';

export function cableClientOptions(): LanguageClientOptions {
  return { ...clientOptions };
}

/** Registers what the client shows, starts the language client and fills the Cables view. */
export async function startCableClient(context: ExtensionContext, languageClient: BaseLanguageClient): Promise<void> {
  context.subscriptions.push(workspace.registerTextDocumentContentProvider(gazetteerEntryScheme, {
    provideTextDocumentContent: async (uri: Uri) => {
      const params: GazetteerEntryParams = { uri: uri.toString() };
      const result = await languageClient.sendRequest<GazetteerEntryResult>(gazetteerEntryMethod, params);
      return result?.text ?? `// No gazetteer entry ${uri.path.replace(/^\//, '')} (the gazetteer may have changed).\n`;
    },
  }));

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

  // A "cited by N" lens: the server sends JSON; the references peek wants VS Code's own types.
  context.subscriptions.push(commands.registerCommand(showReferencesCommand, (uri: string, position: unknown, locations: unknown[]) => {
    const p2c = languageClient.protocol2CodeConverter;
    return commands.executeCommand(
      'editor.action.showReferences',
      Uri.parse(uri),
      p2c.asPosition(position as Parameters<typeof p2c.asPosition>[0]),
      locations.map(l => p2c.asLocation(l as Parameters<typeof p2c.asLocation>[0])),
    );
  }));

  await languageClient.start();
  context.subscriptions.push(languageClient.onNotification(corpusChangedMethod, () => void timeline.refresh()));
  void timeline.refresh();
}
