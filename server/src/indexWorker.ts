// Entry point of an index worker thread (dist/indexWorker.js, started by the language server's
// IndexWorkerPool): holds its own gazetteer (the built-in data bundled, the workspace providers as
// the server sends them) and settings, reads each file it is given and answers with its summary
// and diagnostics (read strictly, as `cable-check` reads, when the message says so).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { defaultSettings, type CableSettings } from './service';
import { GazetteerManager } from './service/gazetteer/manager';
import { FileIndexing, type FromIndexWorker, type IndexedFile, type ToIndexWorker } from './lsp/fileIndexing';
import { readCableText } from './lsp/readCableText';

const port = parentPort;
if (port) {
  const gazetteer = new GazetteerManager();
  let settings: CableSettings = defaultSettings;
  const indexing = new FileIndexing(() => gazetteer.gazetteer, () => settings);

  port.on('message', (message: ToIndexWorker) => {
    if (message.kind === 'configure') {
      gazetteer.setWorkspaceProviders(message.providers);
      settings = message.settings;
      return;
    }
    const files = message.uris.map((uri): IndexedFile => {
      if (!message.strict) return indexing.indexText(uri, read(uri), message.diagnose);
      const strict = readCableText(fileURLToPath(uri));
      return 'error' in strict ? { uri, unreadable: strict.error } : indexing.indexText(uri, strict.text, message.diagnose);
    });
    const answer: FromIndexWorker = { kind: 'indexed', batch: message.batch, files };
    port.postMessage(answer);
  });
}

function read(uri: string): string | undefined {
  try {
    return readFileSync(fileURLToPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}
