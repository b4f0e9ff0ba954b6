// Entry point of the language server: `node dist/server.js --stdio` (or IPC when VS Code starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
