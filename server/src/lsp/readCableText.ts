/**
 * Reading a cable file as the command-line checker does: the whole file, refused when it is
 * binary (a NUL byte in its first 8 KB) or not UTF-8, with the reason to print. Used by
 * `cable-check` on the main thread and by the index worker threads it starts.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** One strict decoder for every file (a decoder keeps no state between whole-input `decode` calls). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function readCableText(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      bytes = Buffer.allocUnsafe(size); // filled by the reads below, and cut to what they read
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      bytes = bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { error: `cannot read (${reason(e)})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'a binary file, not text: skipped' };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { error: 'not UTF-8 text: skipped (save it as UTF-8 to check it)' };
  }
}

/** Why a path could not be read, in words, with the system's code: `ELOOP: a loop of symbolic links`. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder (or a link to nothing)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'a loop of symbolic links',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'a folder, not a file',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'an input/output error',
};

export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code) return REASONS[err.code] ? `${err.code}: ${REASONS[err.code]}` : err.code;
  return err.message ?? String(e);
}
