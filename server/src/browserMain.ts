// Entry point of the language server of the web build (dist/web/server.js): it runs in a browser
// worker and talks to the client over the worker's messages. Files come through the client.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserServerHost } from './lsp/browserHost';
import { startServer } from './server';

/** The worker's global scope: what the reader and writer listen on and post to. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserServerHost(connection));
