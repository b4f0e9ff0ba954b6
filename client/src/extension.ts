// The client starts the language server; all intelligence lives in the server. Besides that it shows
// what needs the vscode API: the built-in gazetteer entries (where Go to Definition on a name lands)
// as read-only documents whose text the server gives, and the Cables view and the timeline webview,
// both drawn from `cable/timeline`.
import * as path from 'node:path';
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  corpusChangedMethod, gazetteerEntryMethod, gazetteerEntryScheme, showReferencesCommand, timelineMethod,
  type GazetteerEntryParams, type GazetteerEntryResult, type TimelineParams,
} from '../../protocol/src/protocol';
import { TimelineSource } from './timeline/timelineSource';
import { registerTimelinePanel } from './timelinePanel';
import { registerTimelineView } from './timelineView';
import { RestartPolicy } from './restartPolicy';

let client: LanguageClient | undefined;

/** JSON-RPC's "method not found": a server without the timeline. */
const METHOD_NOT_FOUND = -32601;
/** A server that dies is restarted at most this many times in this long; then it stays stopped (restartPolicy.ts). */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const restarts = new RestartPolicy({ maxRestarts: MAX_RESTARTS, windowMs: RESTART_WINDOW_MS, tell: m => void window.showWarningMessage(m) });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    synchronize: { configurationSection: 'cable' },
    errorHandler: {
      // A few messages that cannot be written or read are let pass; more in a row shut the connection, and `closed` decides.
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      // `handled`: the policy has told the user (once), so the client adds no message of its own.
      closed: () => ({ action: restarts.serverClosed() === 'restart' ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true }),
    },
    // A server that cannot even initialize is not retried in a loop: the client reports it once.
    initializationFailedHandler: () => false,
  };
  // The id 'cable' makes the `cable.trace.server` setting work without further code.
  const languageClient = new LanguageClient('cable', 'Cable Language Server', serverOptions, clientOptions);
  client = languageClient;
  context.subscriptions.push(workspace.registerTextDocumentContentProvider(gazetteerEntryScheme, {
    provideTextDocumentContent: async (uri: Uri) => {
      const params: GazetteerEntryParams = { uri: uri.toString() };
      const result = await client?.sendRequest<GazetteerEntryResult>(gazetteerEntryMethod, params);
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

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
