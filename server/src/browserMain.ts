// Entry point of the language server of the web build (dist/web/server.js): it runs in a browser
// worker and talks to the client over the worker's messages. Files come through the client.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, LSPErrorCodes, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserServerHost } from './lsp/browserHost';
import { LifecycleGate } from './lsp/lifecycle';
import { startServer } from './server';

/** The worker's global scope: what the reader and writer listen on and post to. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

// The same lifecycle as under Node (see main.ts): no request before `initialize`, none after `shutdown`.
const lifecycle = new LifecycleGate();
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self), {
  messageStrategy: lifecycle,
  connectionStrategy: {
    cancelUndispatched: () => ({ jsonrpc: '2.0', id: null, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it started' } }),
  },
});
lifecycle.register(connection);
startServer(connection, browserServerHost(connection));
