/**
 * The language server under Node: files from disk, and a pool of worker threads
 * (`indexWorker.js` next to the server's bundle) that index the workspace on every core.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver';
import { FileIndexing } from './fileIndexing';
import type { ServerHost } from './host';
import { IndexWorkerPool } from './indexWorkerPool';
import { NodeCableWorkspace } from './nodeWorkspace';
import { folderPath, loadGazetteerFile } from './nodeGazetteerFiles';
import { gazetteerFilesIn } from './workspaceGazetteer';

export interface NodeHostOptions {
  /** Worker threads that index files from disk (`--index-workers=N`); 0 indexes on the main thread. By default one per core, at most 4. */
  readonly indexWorkers?: number;
  /** The old generation each index worker may hold, in MB (`--index-worker-heap=MB`); 0 sets no limit. 96 by default. */
  readonly indexWorkerHeapMb?: number;
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
    // Only folders on the disk hold gazetteer files (a virtual workspace's are not read).
    gazetteerFiles: (folders, configured) => gazetteerFilesIn(folders.flatMap(f => {
      const root = folderPath(f);
      return root === undefined ? [] : [pathToFileURL(root).href];
    }), configured),
    loadGazetteerFile: async (uri, folders) => {
      if (!uri.startsWith('file:')) return { refused: 'This gazetteer file is not on the disk; it is ignored.' };
      return loadGazetteerFile(fileURLToPath(uri), folders.map(folderPath).filter((r): r is string => r !== undefined));
    },
    fileExists: async uri => uri.startsWith('file:') && fs.stat(fileURLToPath(uri)).then(() => true, () => false),
    // The protocol's writer takes the list as it is and writes its JSON (see `ServerHost.locationsAnswer`).
    locationsAnswer: list => list as unknown as Location[],
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
        // A worker keeps about 40 MB alive, but V8 let its heap grow to 140 MB while it indexed
        // 10,000 files. Limited to 96 MB, the server's peak while indexing them is about 395 MB
        // (450-490 MB with no limit and a 12 MB young generation), and a collection file of 1.5 MB
        // still fits (one of 4 MB does not: it ends that worker and is analysed on the main
        // thread). The young generation is V8's: a 12 MB one took the peak to 340 MB but the cold
        // index 14% longer, as a worker's batch of analyses outlives it and is collected again.
        oldGenerationMb: options.indexWorkerHeapMb ?? 96,
      });
    },
  };
}
