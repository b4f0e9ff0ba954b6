/**
 * The custom requests between the cable client and server, in one file both sides import (as
 * rust-analyzer's lsp_ext): each with its method name and its parameter and result shapes.
 */
import type { Range } from 'vscode-languageserver-types';

/** `cable/timeline`: every cable of the corpus in date order, and the references between them. */
export const timelineMethod = 'cable/timeline';

export interface TimelineParams {
  /** `date` lists by date; `channel` groups by sender → recipient. The client may regroup; the server sorts by date. */
  readonly groupBy?: 'date' | 'channel';
}

export interface TimelineCable {
  /** A stable key: the file's uri and the cable's index in it, `file:///…/a.cable#0`. */
  readonly key: string;
  readonly uri: string;
  /** Where the cable's header is: the timeline opens the cable there. */
  readonly headerRange: Range;
  /** `1951-10-19 Beijing → Moscow  N° 25025  Mao Zedong → Filippov` */
  readonly label: string;
  readonly title: string;
  readonly number?: string;
  /** `1951-10-19` or `1951-10-19 11:35`; undated cables come last. */
  readonly date?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sender?: string;
  readonly recipient?: string;
  /**
   * The cable's other copies in the folder (the same number, channel and date saved twice: a second
   * copy, a retranslation). The cable is listed once, by the copy not named as a copy (else the first
   * in path order), and links to or from any copy are its links. Absent when it has none.
   */
  readonly copies?: readonly TimelineCableCopy[];
}

export interface TimelineCableCopy {
  readonly uri: string;
  readonly headerRange: Range;
}

export interface TimelineLink {
  /** The citing cable's key and the cited one's. */
  readonly from: string;
  readonly to: string;
}

export interface TimelineResult {
  readonly cables: readonly TimelineCable[];
  readonly links: readonly TimelineLink[];
  /** False while the workspace is still being indexed (the list is partial). */
  readonly complete: boolean;
}

/**
 * `cable/corpusChanged` (server → client, no params): the corpus index has changed (a file was added,
 * edited, removed or indexed), so a timeline the client shows is stale and should be asked for again.
 */
export const corpusChangedMethod = 'cable/corpusChanged';

/**
 * `cable/gazetteerEntry`: the text of a built-in gazetteer entry, shown as the read-only document
 * `cable-gazetteer:/<id>.json` where Go to Definition on a name lands. An entry from a workspace
 * gazetteer file opens in that file instead.
 */
export const gazetteerEntryMethod = 'cable/gazetteerEntry';
export const gazetteerEntryScheme = 'cable-gazetteer';

export interface GazetteerEntryParams {
  /** The virtual document's uri, `cable-gazetteer:/stalin.json`. */
  readonly uri: string;
}

export interface GazetteerEntryResult {
  /** The entry as pretty JSON, or null for an id the gazetteer does not know (any more). */
  readonly text: string | null;
}

/** `cable/indexStatus`: whether the workspace index is complete, and how many files it holds (the timeline and tools poll it). */
export const indexStatusMethod = 'cable/indexStatus';

export interface IndexStatusResult {
  readonly complete: boolean;
  readonly files: number;
}

/**
 * The command of a "cited by N" lens: `[uri, position, locations]` as JSON. The client converts them
 * and runs `editor.action.showReferences`.
 */
export const showReferencesCommand = 'cable.showReferences';

/**
 * `cable/workspaceFiles` (server → client, web build only): the uris of the workspace's `*.cable` files.
 * A language server running in a browser worker has no file system; the client finds the files with
 * `vscode.workspace.findFiles` (which leaves out `files.exclude`). The server applies
 * `cable.corpus.exclude` itself, as it does on the desktop.
 */
export const workspaceFilesMethod = 'cable/workspaceFiles';

export interface WorkspaceFilesResult {
  readonly uris: readonly string[];
}

/** `cable/readFile` (server → client, web build only): a workspace file's text, read with `vscode.workspace.fs`. */
export const readFileMethod = 'cable/readFile';

export interface ReadFileParams {
  readonly uri: string;
}

export interface ReadFileResult {
  /** The file's text (UTF-8), or null when it does not exist or cannot be read. */
  readonly text: string | null;
}
