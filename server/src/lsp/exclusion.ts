/** `files.exclude` and `cable.corpus.exclude`: globs of files and folders relative to a workspace folder. */
import { Minimatch } from 'minimatch';

/** The globs last compiled, by their list: a listing asks for every file and folder, with the same globs. */
let compiled: { key: string; matchers: readonly Minimatch[] } | undefined;

/** A glob and, for `folder/**`, the folder itself; compiled once per list of globs. */
function matchersOf(globs: readonly string[]): readonly Minimatch[] {
  const key = globs.join('\n');
  if (compiled?.key !== key) {
    const patterns = new Set(globs.flatMap(glob => [glob, glob.replace(/\/\*\*$/, '')]));
    compiled = { key, matchers: [...patterns].map(glob => new Minimatch(glob, { dot: true })) };
  }
  return compiled.matchers;
}

/** Is this path (relative to its workspace folder, `/`-separated) left out by one of the globs? A glob of a folder's contents (`drafts/**`) also leaves out the folder. */
export function isExcluded(relative: string, globs: readonly string[]): boolean {
  return matchersOf(globs).some(m => m.match(relative));
}
