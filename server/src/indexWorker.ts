// Entry point of an index worker thread (dist/indexWorker.js, started by the language server's
// IndexWorkerPool): holds its own gazetteer (the built-in data bundled, the workspace providers as
// the server sends them) and settings, reads each file it is given and answers with its summary
// and diagnostics (read strictly, as `cable-check` reads, when the message says so).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { defaultSettings, type CableSettings } from './service';
import { GazetteerManager } from './service/gazetteer/manager';
import { FileIndexing, type FileText, type FromIndexWorker, type IndexedFile, type ToIndexWorker } from './lsp/fileIndexing';
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
    // Read the whole batch, then analyse it together (FileIndexing.indexTexts goes layer by layer).
    const unreadable = new Map<string, string>();
    const texts = message.uris.map((uri): FileText => {
      if (!message.strict) return { uri, text: read(uri) };
      const strict = readCableText(fileURLToPath(uri));
      if ('error' in strict) unreadable.set(uri, strict.error);
      return { uri, text: 'error' in strict ? undefined : strict.text };
    });
    const indexed = indexing.indexTexts(texts.filter(t => !unreadable.has(t.uri)), message.diagnose);
    let next = 0;
    const files = message.uris.map((uri): IndexedFile => {
      const why = unreadable.get(uri);
      return why !== undefined ? { uri, unreadable: why } : indexed[next++]!;
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
