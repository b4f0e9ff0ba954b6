// The language client's options, apart so that a test can read them without VS Code. Hovers are
// built by the server from cable and gazetteer text, which is data: their markdown is never
// trusted (no command links run) and may not carry HTML.
import type { LanguageClientOptions } from 'vscode-languageclient/node';

export const clientOptions: LanguageClientOptions = {
  documentSelector: [{ language: 'cable' }],
  synchronize: { configurationSection: 'cable' },
  markdown: { isTrusted: false, supportHtml: false },
};
