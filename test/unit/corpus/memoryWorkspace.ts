// An in-memory ICableWorkspace for the corpus tests: a map of texts, and methods that change it
// and fire the workspace's events as the language server's file watcher would.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Emitter, type ICableWorkspace } from '../../../server/src/service/workspace';

export class MemoryWorkspace implements ICableWorkspace {
  private readonly texts = new Map<string, string>();
  private readonly created = new Emitter<string>();
  private readonly changed = new Emitter<string>();
  private readonly deleted = new Emitter<string>();
  readonly onDidCreateCableFile = this.created.event;
  readonly onDidChangeCableFile = this.changed.event;
  readonly onDidDeleteCableFile = this.deleted.event;
  /** How many files were read: a test can see that nothing is read twice. */
  reads = 0;

  constructor(files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.texts.set(uriOf(name), text);
  }

  async listCableFiles(): Promise<readonly string[]> {
    return [...this.texts.keys()].sort();
  }

  async readCableFile(uri: string): Promise<TextDocument | undefined> {
    this.reads++;
    const text = this.texts.get(uri);
    return text === undefined ? undefined : TextDocument.create(uri, 'cable', -1, text);
  }

  write(name: string, text: string): string {
    const uri = uriOf(name);
    const existed = this.texts.has(uri);
    this.texts.set(uri, text);
    (existed ? this.changed : this.created).fire(uri);
    return uri;
  }

  delete(name: string): string {
    const uri = uriOf(name);
    this.texts.delete(uri);
    this.deleted.fire(uri);
    return uri;
  }
}

export function uriOf(name: string): string {
  return `file:///corpus/${name}`;
}

/** Lets the indexer's pending reads (promises) settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise(resolve => setImmediate(resolve));
}
