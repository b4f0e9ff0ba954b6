/** `files.exclude` and `cable.corpus.exclude`: globs of files and folders relative to a workspace folder. */
import { minimatch } from 'minimatch';

/** Is this path (relative to its workspace folder, `/`-separated) left out by one of the globs? A glob of a folder's contents (`drafts/**`) also leaves out the folder. */
export function isExcluded(relative: string, globs: readonly string[]): boolean {
  return globs.some(glob => minimatch(relative, glob, { dot: true }) || minimatch(relative, glob.replace(/\/\*\*$/, ''), { dot: true }));
}
