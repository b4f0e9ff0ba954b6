// The web client (dist/web/client.js, the manifest's `browser` entry): runs in the browser's worker
// extension host (vscode.dev, github.dev, code-server), where there is no Node. The language server
// (dist/web/server.js) runs in a web worker; having no file system, it asks this client for the
// workspace's cable files and their text, which the client reads with `vscode.workspace`.
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import {
  readFileMethod, workspaceFilesMethod, type ReadFileParams, type ReadFileResult, type WorkspaceFilesResult,
} from '../../protocol/src/protocol';
import { cableClientOptions, clientId, clientName, startCableClient } from './common';

/** The web worker the server runs in (the browser's `Worker`; not in Node's typings). */
interface ServerWorker {
  terminate(): void;
}
declare const Worker: new (url: string) => ServerWorker;

let client: LanguageClient | undefined;
let blobUrl: string | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverScript = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  // The transports are made here: the client's own `instanceof Worker` test fails on the worker the
  // extension host gives (its `Worker` is its own wrapper), and the worker would be taken for transports.
  const transports = async (): Promise<MessageTransports> => {
    const worker = await startServerWorker(serverScript);
    return { reader: new BrowserMessageReader(worker as never), writer: new BrowserMessageWriter(worker as never) };
  };
  client = new LanguageClient(clientId, clientName, transports, cableClientOptions());

  // The server's view of the workspace: the files and their text, through VS Code's own file system.
  client.onRequest(workspaceFilesMethod, async (): Promise<WorkspaceFilesResult> => {
    // No exclude given: `files.exclude` applies; the server applies `cable.corpus.exclude`.
    const files = await workspace.findFiles('**/*.cable');
    return { uris: files.map(f => f.toString()) };
  });
  client.onRequest(readFileMethod, async (params: ReadFileParams): Promise<ReadFileResult> => {
    try {
      return { text: new TextDecoder().decode(await workspace.fs.readFile(Uri.parse(params.uri))) };
    } catch {
      return { text: null }; // missing or unreadable: the server treats it as absent
    }
  });

  await startCableClient(context, client);
}

/**
 * Where the extension host allows it (vscode.dev), a worker from the script's own address. A host
 * that serves extensions from a remote (code-server) refuses that ("Creating workers from remote
 * extensions is currently not supported"), but starts a worker from a Blob of the script's text,
 * read through `vscode.workspace.fs`.
 */
async function startServerWorker(script: Uri): Promise<ServerWorker> {
  try {
    const worker = new Worker(script.toString(true));
    client?.info(`The language server runs in a web worker from ${script.toString(true)}.`);
    return worker;
  } catch (e) {
    const code = await workspace.fs.readFile(script);
    blobUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    const worker = new Worker(blobUrl);
    client?.info(`The language server runs in a web worker made from the text of ${script.toString(true)} (the host refused its address: ${e instanceof Error ? e.message : String(e)}).`);
    return worker;
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  blobUrl = undefined;
}
