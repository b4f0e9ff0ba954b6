// Entry point of the language server: `node dist/server.js --stdio` (or IPC when VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeServerHost } from './lsp/nodeHost';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A failure in one request is logged; it never ends the server for the documents still open.
process.on('unhandledRejection', reason => connection.console.error(`cable: unhandled rejection: ${String(reason)}`));
// `--index-workers=N`: how many worker threads index the workspace (0: the main thread alone).
const workersArg = process.argv.find(a => a.startsWith('--index-workers='));
const indexWorkers = workersArg ? Number(workersArg.slice('--index-workers='.length)) : NaN;
startServer(connection, nodeServerHost({
  indexWorkers: Number.isInteger(indexWorkers) && indexWorkers >= 0 ? indexWorkers : undefined,
  bundleDir: __dirname,
}));
