// The client only starts the language server; all intelligence lives in the server. Besides that
// it shows the built-in gazetteer entries (where Go to Definition on a name lands) as read-only
// documents, whose text the server gives.
import * as path from 'node:path';
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  gazetteerEntryMethod, gazetteerEntryScheme, type GazetteerEntryParams, type GazetteerEntryResult,
} from '../../protocol/src/protocol';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'cable' }],
    synchronize: { configurationSection: 'cable' },
  };
  // The id 'cable' makes the `cable.trace.server` setting work without further code.
  client = new LanguageClient('cable', 'Cable Language Server', serverOptions, clientOptions);
  context.subscriptions.push(workspace.registerTextDocumentContentProvider(gazetteerEntryScheme, {
    provideTextDocumentContent: async (uri: Uri) => {
      const params: GazetteerEntryParams = { uri: uri.toString() };
      const result = await client?.sendRequest<GazetteerEntryResult>(gazetteerEntryMethod, params);
      return result?.text ?? `// No gazetteer entry ${uri.path.replace(/^\//, '')} (the gazetteer may have changed).\n`;
    },
  }));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
