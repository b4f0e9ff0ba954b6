/**
 * The LSP glue: capabilities and thin handlers. Each handler finds the document, answers empty
 * when it is missing, and calls the service. Intelligence lives in `service/`.
 */
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCableLanguageService } from './service';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createCableLanguageService({ logger: { log: m => connection.console.log(m) } });

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Cable' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
    },
    serverInfo: { name: 'cable-language-server', version: '0.1.0' },
  }));

  connection.onDocumentSymbol((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getDocumentSymbols(doc, token) : [];
  });
  connection.onFoldingRanges((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getFoldingRanges(doc, token) : [];
  });
  connection.onSelectionRanges((params, token) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.getSelectionRanges(doc, params.positions, token) : [];
  });
  documents.onDidClose(e => service.forget(e.document.uri));

  documents.listen(connection);
  connection.listen();
}
