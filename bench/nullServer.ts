/**
 * The "null server" of the LSP rows: the least any language server built on vscode-languageserver
 * must do. It answers `initialize` with the same kind of text synchronisation as ours, keeps the
 * open documents (so it holds the same text in memory), publishes empty diagnostics on every open,
 * and answers documentSymbol and hover with nothing. Everything our server does on top of this is
 * the cost of the analysis.
 *
 *   node out/bench/nullServer.js --stdio
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    documentSymbolProvider: true,
    hoverProvider: true,
  },
  serverInfo: { name: 'null-language-server', version: '0.0.0' },
}));

documents.onDidOpen((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: [] });
});
documents.onDidClose((e) => {
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});
connection.onDocumentSymbol(() => []);
connection.onHover(() => null);

documents.listen(connection);
connection.listen();
