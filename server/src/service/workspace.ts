/**
 * The workspace as the pure service sees it: the cable files of the workspace folders, their
 * text, and what changes. The language server implements it over the file system and the open
 * documents (an open document's unsaved text wins over the disk); the command-line checker over
 * the folders it is given; tests over a map of texts. No `fs` enters the service.
 */
import type { ICancellationToken, ITextDocument } from './types';

/** A subscription that can be ended. */
export interface IDisposable {
  dispose(): void;
}

/** A stream of values of `T`: `onDidX(listener)` subscribes. */
export type Event<T> = (listener: (value: T) => void) => IDisposable;

export interface ICableWorkspace {
  /** The uris of every cable file in the workspace folders, excluded ones left out, in a stable order. */
  listCableFiles(token: ICancellationToken): Promise<readonly string[]>;
  /** A file's current text: the open document if it is open, else the file on disk; undefined when it cannot be read. */
  readCableFile(uri: string): Promise<ITextDocument | undefined>;
  /** A cable file was created, changed (on disk or in an editor) or deleted. */
  readonly onDidCreateCableFile: Event<string>;
  readonly onDidChangeCableFile: Event<string>;
  readonly onDidDeleteCableFile: Event<string>;
}

/** A small emitter for implementations of the workspace (and tests). */
export class Emitter<T> {
  private listeners: ((value: T) => void)[] = [];

  readonly event: Event<T> = (listener) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };

  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
}
