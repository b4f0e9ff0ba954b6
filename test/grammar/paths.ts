// Where the grammar tests find things. Tests run compiled from out/test/grammar/, three levels below the root.
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fromRoot = (...parts: string[]): string => path.join(repoRoot, ...parts);

/** Fixture folders whose `*.cable` files each have a reviewed `.snap` beside them. */
export const snapshotFolders = ['test/fixtures/forms', 'test/grammar/snapshots'];

/** The tool's command-line entry points, run with this Node (no shell shims). */
export const snapshotCli = fromRoot('node_modules', 'vscode-tmgrammar-test', 'dist', 'snapshot.js');
export const assertionCli = fromRoot('node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
