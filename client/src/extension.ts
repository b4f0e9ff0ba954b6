// The desktop client: starts the language server as a Node process (dist/server.js, over IPC); all
// intelligence lives in the server. What it shows besides is shared with the web client (common.ts).
import * as path from 'node:path';
import { window, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { cableClientOptions, clientId, clientName, startCableClient } from './common';
import { RestartPolicy } from './restartPolicy';

let client: LanguageClient | undefined;

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
  client = new LanguageClient(clientId, clientName, serverOptions, {
    ...cableClientOptions(),
    errorHandler: {
      // A few messages that cannot be written or read are let pass; more in a row shut the connection, and `closed` decides.
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      // `handled`: the policy has told the user (once), so the client adds no message of its own.
      closed: () => ({ action: restarts.serverClosed() === 'restart' ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true }),
    },
    // A server that cannot even initialize is not retried in a loop: the client reports it once.
    initializationFailedHandler: () => false,
  });
  await startCableClient(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
