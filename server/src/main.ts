// Entry point of the language server: `node dist/server.js --stdio` (or IPC when VS Code starts it).
import {
  createConnection, LSPErrorCodes, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type ConnectionOptions,
} from 'vscode-languageserver/node';
import { format } from 'node:util';
import { nodeServerHost } from './lsp/nodeHost';
import { startServer } from './server';
import { FramingGuard } from './lsp/framing';
import { jsonAnswers } from './lsp/jsonAnswers';
import { LifecycleGate } from './lsp/lifecycle';
import { tuneV8 } from './lsp/v8Tuning';

tuneV8();

const lifecycle = new LifecycleGate();
const options: ConnectionOptions = {
  messageStrategy: lifecycle,
  // A request cancelled before it started is answered at once, without running it.
  connectionStrategy: {
    cancelUndispatched: () => ({ jsonrpc: '2.0', id: null, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it started' } }),
  },
};

let log: (message: string) => void = message => process.stderr.write(`${message}\n`);
// On stdio the input passes a guard that survives damaged framing (see lsp/framing.ts), and a body
// that is not JSON is logged and skipped; other transports (VS Code's IPC) carry whole messages.
const stdio = process.argv.includes('--stdio');
const connection = stdio ? stdioConnection() : createConnection(ProposedFeatures.all, options);
log = message => connection.console.error(message);
lifecycle.register(connection);

function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin.pipe(new FramingGuard(m => log(m))));
  reader.onError(e => log(`cable: ignored a message that could not be read: ${e.message}`));
  // The end of the input ends the server, cleanly only after a shutdown request.
  process.stdin.on('end', () => process.exit(lifecycle.shutDown ? 0 : 1));
  // stdout carries the protocol: anything printed goes to the client's log instead.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout, { contentTypeEncoder: jsonAnswers }), options);
}
// A failure in one request is logged; it never ends the server for the documents still open.
process.on('unhandledRejection', reason => connection.console.error(`cable: unhandled rejection: ${String(reason)}`));
/** A whole number ≥ 0 given as `--name=N`, else undefined. */
function countArg(name: string): number | undefined {
  const arg = process.argv.find(a => a.startsWith(`--${name}=`));
  const n = arg ? Number(arg.slice(name.length + 3)) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
startServer(connection, nodeServerHost({
  // `--index-workers=N`: how many worker threads index the workspace (0: the main thread alone).
  indexWorkers: countArg('index-workers'),
  // `--index-worker-heap=MB`: the old generation each of them may hold (0: no limit).
  indexWorkerHeapMb: countArg('index-worker-heap'),
  bundleDir: __dirname,
}));
