/**
 * What the language server needs from where it runs. Under Node (`main.ts`) the files come from
 * disk and a pool of worker threads indexes the workspace; in a browser worker (`browserMain.ts`)
 * there is no file system, and the files come from the client, which reads them through
 * `vscode.workspace.fs`. `startServer` sees only this interface, so neither kind of file access
 * is bundled where it cannot run.
 */
import type { Location, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Emitter, type CableSettings, type ComputedFile, type ICableWorkspace, type ICancellationToken, type ILogger } from '../service';
import type { Gazetteer, GazetteerProvider } from '../service/gazetteer';
import type { LocationList } from '../service/locationList';
import type { GazetteerFiles, GazetteerFileText } from './workspaceGazetteer';

/** The workspace of cable files, with the events the server fires from its watcher and its open documents. */
export interface HostWorkspace extends ICableWorkspace {
  readonly created: Emitter<string>;
  readonly changed: Emitter<string>;
  readonly deleted: Emitter<string>;
  /** Is this uri a cable file of the workspace that is not excluded? */
  includes(uri: string): boolean;
}

/** The file events every host workspace fires, from the server's watcher and its open documents. */
export abstract class WorkspaceEvents {
  readonly created = new Emitter<string>();
  readonly changed = new Emitter<string>();
  readonly deleted = new Emitter<string>();
  readonly onDidCreateCableFile = this.created.event;
  readonly onDidChangeCableFile = this.changed.event;
  readonly onDidDeleteCableFile = this.deleted.event;
}

/** Computes files of a cold index away from the server's own thread. */
export interface IndexPool {
  /** False once it cannot work any more: the service then indexes the files itself. */
  readonly available: boolean;
  /** Starts the workers ahead of the first file. */
  warmUp(): void;
  compute(uri: string, diagnose: boolean, token: ICancellationToken): Promise<ComputedFile | undefined>;
}

export interface IndexPoolContext {
  readonly gazetteer: () => { readonly gazetteer: Gazetteer; readonly workspaceProviders: readonly GazetteerProvider[] };
  readonly settings: () => CableSettings;
  readonly logger: ILogger;
}

export interface ServerHost {
  createWorkspace(
    folders: () => readonly string[],
    documents: TextDocuments<TextDocument>,
    /** Globs of files and folders to leave out, relative to a workspace folder. */
    excludes: () => readonly string[],
  ): HostWorkspace;
  /** A file's text by its uri; undefined when it does not exist or cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /**
   * The uris of the configured gazetteer files, in precedence order: paths relative to each workspace
   * folder the host can read (never outside one), and the configured values refused, with why.
   */
  gazetteerFiles(folders: readonly string[], configured: readonly string[]): GazetteerFiles;
  /** Loads a gazetteer file of the workspace `folders`: missing, refused (with why), or its text without a BOM. */
  loadGazetteerFile(uri: string, folders: readonly string[]): Promise<GazetteerFileText>;
  /** Whether a file exists (for a quick fix that would add to it). */
  fileExists(uri: string): Promise<boolean>;
  /**
   * A list of locations as the answer to send. Under Node every transport writes JSON, which the
   * list writes for itself (`jsonAnswers.ts` on stdio, its `toJSON` elsewhere), so the list is
   * sent as it is; a browser worker posts objects, so there it is made into locations first.
   */
  locationsAnswer(list: LocationList): Location[];
  /** A pool that indexes files in parallel, or undefined to index on the server's thread. */
  createIndexPool?(context: IndexPoolContext): IndexPool | undefined;
}
