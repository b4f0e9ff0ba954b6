// Entry point of the language server: `node dist/server.js --stdio` (or IPC when VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A failure in one request is logged; it never ends the server for the documents still open.
process.on('unhandledRejection', reason => connection.console.error(`cable: unhandled rejection: ${String(reason)}`));
startServer(connection);
