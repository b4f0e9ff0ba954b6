/**
 * Delta debugging: shrinks a failing text while the failure still happens, first by whole lines,
 * then by characters. A failure at a position keeps its position: the offset follows the text it
 * stood in as pieces around it are removed.
 */

export interface Candidate {
  readonly text: string;
  /** The offset a position feature is asked at, carried through the removals. */
  readonly offset: number;
}

export interface MinimiseOptions {
  /** Stop after this many tries of the predicate… */
  readonly maxTries?: number;
  /** …or after this many milliseconds. */
  readonly maxMs?: number;
}

/** Pieces of the text: its lines with their breaks, or its UTF-16 code units. */
function split(text: string, by: 'lines' | 'chars'): string[] {
  if (by === 'chars') return text.split('');
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** The text without pieces [from, to), and where the offset lands. */
function without(pieces: readonly string[], from: number, to: number, offset: number): Candidate {
  let text = '';
  let at = 0;
  let newOffset = -1;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const kept = i < from || i >= to;
    if (newOffset < 0 && offset < at + piece.length) newOffset = kept ? text.length + (offset - at) : text.length;
    if (kept) text += piece;
    at += piece.length;
  }
  return { text, offset: newOffset < 0 ? text.length : newOffset };
}

export async function minimise(start: Candidate, fails: (c: Candidate) => Promise<boolean>, options: MinimiseOptions = {}): Promise<Candidate & { tries: number }> {
  const maxTries = options.maxTries ?? 3000;
  const deadline = performance.now() + (options.maxMs ?? 60_000);
  let best = start;
  let tries = 0;
  const spent = () => tries >= maxTries || performance.now() > deadline;
  for (const by of ['lines', 'chars'] as const) {
    let pieces = split(best.text, by);
    let chunks = 2;
    while (pieces.length > 1 && !spent()) {
      const size = Math.ceil(pieces.length / chunks);
      let reduced = false;
      for (let from = 0; from < pieces.length && !spent(); from += size) {
        const candidate = without(pieces, from, Math.min(pieces.length, from + size), best.offset);
        tries++;
        if (await fails(candidate)) {
          best = candidate;
          pieces = split(best.text, by);
          chunks = Math.max(chunks - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (size === 1) break;
        chunks = Math.min(chunks * 2, pieces.length);
      }
    }
    if (by === 'lines' && pieces.length === 1 && !spent()) {
      // A single line may go altogether.
      const empty = { text: '', offset: 0 };
      tries++;
      if (await fails(empty)) best = empty;
    }
  }
  return { ...best, tries };
}
