/**
 * The workspace of the web build: the language server runs in a browser worker without a file
 * system, so it asks the client for the workspace's cable files and their text (custom requests
 * answered with `vscode.workspace.findFiles` and `vscode.workspace.fs`). An open document's text
 * wins over the file's, as on the desktop; `cable.corpus.exclude` is applied here, `files.exclude`
 * by the client's search.
 */
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ICancellationToken, ITextDocument } from '../service';
import { isExcluded } from './exclusion';
import { WorkspaceEvents, type HostWorkspace } from './host';
import { relativeUnder } from './uris';

/** How the server reaches the client's files. */
export interface ClientFiles {
  /** The uris of every `*.cable` file of the workspace (the client leaves out `files.exclude`). */
  list(): Promise<readonly string[]>;
  /** A file's text, or undefined when it cannot be read. */
  read(uri: string): Promise<string | undefined>;
}

export class ClientCableWorkspace extends WorkspaceEvents implements HostWorkspace {

  constructor(
    private readonly folders: () => readonly string[],
    private readonly documents: TextDocuments<TextDocument>,
    private readonly excludes: () => readonly string[],
    private readonly files: ClientFiles,
  ) {
    super();
  }

  includes(uri: string): boolean {
    if (!uri.endsWith('.cable')) return false;
    for (const folder of this.folders()) {
      const relative = relativeUnder(folder, uri);
      if (relative !== undefined) return !isExcluded(relative, this.excludes());
    }
    return false;
  }

  async listCableFiles(token: ICancellationToken): Promise<readonly string[]> {
    const uris = await this.files.list();
    if (token.isCancellationRequested) return [];
    // A stable order, as the desktop's walk gives: by folder, then by path.
    const folders = this.folders();
    const folderOf = (uri: string) => folders.findIndex(f => relativeUnder(f, uri) !== undefined);
    return [...new Set(uris)].filter(u => this.includes(u))
      .sort((a, b) => folderOf(a) - folderOf(b) || (a < b ? -1 : a > b ? 1 : 0));
  }

  async readCableFile(uri: string): Promise<ITextDocument | undefined> {
    const open = this.documents.get(uri);
    if (open) return open;
    const text = await this.files.read(uri);
    // Version -1: read from the file, not an editor's version.
    return text === undefined ? undefined : TextDocument.create(uri, 'cable', -1, text);
  }
}
