/**
 * The workspace as the language server sees it: the `*.cable` files under the workspace folders
 * (found recursively; `files.exclude` and `cable.corpus.exclude` left out; a folder reached twice
 * through a link read once), read from disk unless the document is open — an open document's
 * unsaved text wins. The server fires the events from its file watcher and its open documents.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ICancellationToken, ITextDocument } from '../service';
import { isExcluded } from './exclusion';
import { WorkspaceEvents, type HostWorkspace } from './host';

export class NodeCableWorkspace extends WorkspaceEvents implements HostWorkspace {

  constructor(
    private readonly folders: () => readonly string[],
    private readonly documents: TextDocuments<TextDocument>,
    /** Globs of files and folders to leave out, relative to a workspace folder (`**\/drafts/**`). */
    private readonly excludes: () => readonly string[],
  ) {
    super();
  }

  /** Is this uri a cable file of the workspace that is not excluded? */
  includes(uri: string): boolean {
    if (!uri.startsWith('file:') || !uri.endsWith('.cable')) return false;
    const file = fileURLToPath(uri);
    const root = this.folders().map(toPath).find(r => !path.relative(r, file).startsWith('..'));
    return root !== undefined && !this.excluded(path.relative(root, file));
  }

  async listCableFiles(token: ICancellationToken): Promise<readonly string[]> {
    const out: string[] = [];
    const seen = new Set<string>();
    const walk = async (root: string, dir: string): Promise<void> => {
      if (token.isCancellationRequested) return;
      let real: string;
      let entries;
      try {
        real = await fs.realpath(dir);
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return; // an unreadable folder is left out, not fatal
      }
      if (seen.has(real)) return;
      seen.add(real);
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        const full = path.join(dir, e.name);
        const relative = path.relative(root, full);
        if (this.excluded(relative)) continue;
        let folder = e.isDirectory();
        if (e.isSymbolicLink()) folder = await fs.stat(full).then(s => s.isDirectory(), () => false);
        if (folder) await walk(root, full);
        else if (e.name.endsWith('.cable')) out.push(pathToFileURL(full).href);
      }
    };
    for (const root of this.folders().map(toPath)) await walk(root, root);
    return [...new Set(out)];
  }

  async readCableFile(uri: string): Promise<ITextDocument | undefined> {
    const open = this.documents.get(uri);
    if (open) return open;
    try {
      // Version -1: read from disk, not an editor's version.
      return TextDocument.create(uri, 'cable', -1, await fs.readFile(fileURLToPath(uri), 'utf8'));
    } catch {
      return undefined;
    }
  }

  private excluded(relative: string): boolean {
    return isExcluded(relative.split(path.sep).join('/'), this.excludes());
  }
}

function toPath(folder: string): string {
  return folder.startsWith('file:') ? fileURLToPath(folder) : folder;
}
