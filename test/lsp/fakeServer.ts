/**
 * A tiny language server for testing the test client itself (`lspClient.test.ts`): it reports one
 * diagnostic `fake.bad` per occurrence of `BAD`, by push or (with `--pull`) by pull, asks for the
 * `fake` settings after initialization, and with `--ignore-shutdown` never answers `shutdown`.
 */
import { createConnection, DiagnosticSeverity, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const pull = process.argv.includes('--pull');
const ignoreShutdown = process.argv.includes('--ignore-shutdown');
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let settings: unknown = 'not asked yet';

function check(doc: TextDocument): Diagnostic[] {
  const text = doc.getText();
  const out: Diagnostic[] = [];
  for (let at = text.indexOf('BAD'); at >= 0; at = text.indexOf('BAD', at + 1)) {
    out.push({ range: { start: doc.positionAt(at), end: doc.positionAt(at + 3) }, severity: DiagnosticSeverity.Warning, code: 'fake.bad', message: 'bad word' });
  }
  return out;
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
  },
  serverInfo: { name: 'fake' },
}));
connection.onInitialized(async () => {
  settings = await connection.workspace.getConfiguration('fake');
});
connection.onRequest('fake/settings', () => settings);
connection.onRequest('fake/text', (p: { uri: string }) => documents.get(p.uri)?.getText() ?? null);
if (pull) {
  connection.languages.diagnostics.on(p => {
    const doc = documents.get(p.textDocument.uri);
    return { kind: 'full', items: doc ? check(doc) : [] };
  });
} else {
  documents.onDidChangeContent(e => {
    // Checked now, published a little later (as real servers debounce): a push may arrive after the next change.
    const push = { uri: e.document.uri, version: e.document.version, diagnostics: check(e.document) };
    setTimeout(() => void connection.sendDiagnostics(push), 50);
  });
}
if (ignoreShutdown) connection.onShutdown(() => new Promise<void>(() => { /* never */ }));

documents.listen(connection);
connection.listen();
