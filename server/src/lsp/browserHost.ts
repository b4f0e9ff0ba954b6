/**
 * The language server in a browser worker (the web build): no file system and no worker threads.
 * The workspace's files and the gazetteer files are read through the client (`cable/workspaceFiles`,
 * `cable/readFile`, answered with `vscode.workspace.findFiles` and `vscode.workspace.fs`), and the
 * workspace is indexed on the server's own thread.
 */
import type { Connection } from 'vscode-languageserver';
import {
  readFileMethod, workspaceFilesMethod, type ReadFileParams, type ReadFileResult, type WorkspaceFilesResult,
} from '../../../protocol/src/protocol';
import { ClientCableWorkspace } from './clientWorkspace';
import type { ServerHost } from './host';
import { gazetteerFilesIn, gazetteerTextOf, sizeRefusal } from './workspaceGazetteer';

export function browserServerHost(connection: Connection): ServerHost {
  const readFile = async (uri: string): Promise<string | undefined> => {
    try {
      const params: ReadFileParams = { uri };
      const result = await connection.sendRequest<ReadFileResult>(readFileMethod, params);
      return result?.text ?? undefined;
    } catch (e) {
      connection.console.error(`cable: the client could not read ${uri}: ${String(e)}`);
      return undefined;
    }
  };
  const list = async (): Promise<readonly string[]> => {
    try {
      return (await connection.sendRequest<WorkspaceFilesResult>(workspaceFilesMethod))?.uris ?? [];
    } catch (e) {
      connection.console.error(`cable: the client could not list the workspace's cable files: ${String(e)}`);
      return [];
    }
  };
  return {
    createWorkspace: (folders, documents, excludes) => new ClientCableWorkspace(folders, documents, excludes, { list, read: readFile }),
    readFile,
    gazetteerFiles: (folders, configured) => gazetteerFilesIn(folders, configured),
    // The client reads the whole file: its size is known only then.
    loadGazetteerFile: async uri => {
      const text = await readFile(uri);
      if (text === undefined) return { missing: true };
      const tooLarge = sizeRefusal(text.length);
      return tooLarge ? { refused: tooLarge } : gazetteerTextOf(text);
    },
    fileExists: async uri => (await readFile(uri)) !== undefined,
    locationsAnswer: list => list.toArray(),
  };
}
