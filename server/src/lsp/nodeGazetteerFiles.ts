/**
 * Workspace gazetteer files on disk (the Node host): a file is looked at before it is read, so a
 * huge file is refused from its size alone, and a link leading out of the workspace folders is
 * refused from its real path.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerTextOf, sizeRefusal, type GazetteerFileText } from './workspaceGazetteer';

/** A workspace folder's path on disk; undefined for a folder of another scheme (a virtual workspace). */
export function folderPath(folder: string): string | undefined {
  if (folder.startsWith('file:')) return fileURLToPath(folder);
  return /^[a-z][a-z0-9+.-]+:/i.test(folder) && !path.win32.isAbsolute(folder) ? undefined : folder;
}

/**
 * Reads a gazetteer file if it is one to read: a regular file of at most MAX_GAZETTEER_BYTES
 * (looked at before reading), whose real path (links followed) is inside one of `roots`, nested at
 * most MAX_GAZETTEER_DEPTH deep. The BOM is stripped, as editors do.
 */
export async function loadGazetteerFile(file: string, roots: readonly string[]): Promise<GazetteerFileText> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { refused: `This gazetteer file cannot be read (${code ?? String(e)}); it is ignored.` };
  }
  if (!stat.isFile()) return { refused: 'This gazetteer path is not a regular file; it is ignored.' };
  const tooLarge = sizeRefusal(stat.size);
  if (tooLarge) return { refused: tooLarge };
  try {
    const real = await fs.realpath(file);
    const realRoots = await Promise.all(roots.map(r => fs.realpath(r).catch(() => r)));
    if (!realRoots.some(r => isInside(r, real))) {
      return { refused: 'This gazetteer file is a link to a file outside the workspace folders; it is ignored. Copy the file into the workspace instead.' };
    }
    return gazetteerTextOf(await fs.readFile(file, 'utf8'));
  } catch (e) {
    return { refused: `This gazetteer file cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); it is ignored.` };
  }
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
