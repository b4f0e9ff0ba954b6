/**
 * The language server under Node: files from disk, and a pool of worker threads
 * (`indexWorker.js` next to the server's bundle) that index the workspace on every core.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileIndexing } from './fileIndexing';
import type { ServerHost } from './host';
import { IndexWorkerPool } from './indexWorkerPool';
import { NodeCableWorkspace } from './nodeWorkspace';

export interface NodeHostOptions {
  /** Worker threads that index files from disk (`--index-workers=N`); 0 indexes on the main thread. By default one per core, at most 4. */
  readonly indexWorkers?: number;
  /** The folder of `indexWorker.js` (the server bundle's own folder). */
  readonly bundleDir: string;
}

export function nodeServerHost(options: NodeHostOptions): ServerHost {
  return {
    createWorkspace: (folders, documents, excludes) => new NodeCableWorkspace(folders, documents, excludes),
    readFile: async uri => {
      if (!uri.startsWith('file:')) return undefined;
      try {
        return await fs.readFile(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
    gazetteerFiles: (folders, configured) => {
      const out: string[] = [];
      for (const folder of folders) {
        const root = folder.startsWith('file:') ? fileURLToPath(folder) : folder;
        for (const f of configured) out.push(pathToFileURL(path.isAbsolute(f) ? f : path.join(root, f)).href);
      }
      return [...new Set(out)];
    },
    createIndexPool: ({ gazetteer, settings, logger }) => {
      const size = options.indexWorkers ?? Math.min(4, Math.max(1, os.availableParallelism()));
      if (size <= 0) return undefined;
      return new IndexWorkerPool({
        script: path.join(options.bundleDir, 'indexWorker.js'),
        size,
        gazetteer,
        settings,
        fallback: new FileIndexing(() => gazetteer().gazetteer, settings, logger),
        logger,
      });
    },
  };
}
