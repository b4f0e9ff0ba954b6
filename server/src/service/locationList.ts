/**
 * A list of locations held compactly: the uri once for each run of locations in one file, and four
 * numbers for each location's range. Find All References on a person named in every file of a
 * folder answers tens of thousands of locations (25,045 for Stalin in the benchmark's 10,000
 * cables); as `Location` objects that is five objects each, made, kept until the answer is sent
 * and then turned into JSON. Held like this, the answer is a few arrays, and the Node server writes
 * its JSON straight from them (`lsp/jsonAnswers.ts`). `toJSON` gives the same JSON as the objects
 * would, so any other transport that serialises with `JSON.stringify` sends it unchanged.
 */
import type { Location, Range } from 'vscode-languageserver-types';

export class LocationList {
  /** The uri of each run of consecutive locations in one file. */
  private readonly runUris: string[] = [];
  /** Where each run starts, as a location index; a run ends where the next starts (or at `length`). */
  private readonly runStarts: number[] = [];
  /**
   * Four numbers per location, `length` of them in use: start line, start character, end line, end
   * character. A typed array, grown by doubling: one store per number (an array's `push` of four is
   * not compiled inline), and runs copied from list to list in one move.
   */
  private numbers = new Float64Array(64);
  private count = 0;

  static of(locations: readonly Location[]): LocationList {
    const list = new LocationList();
    for (const l of locations) list.addRange(l.uri, l.range);
    return list;
  }

  get length(): number {
    return this.count;
  }

  add(uri: string, startLine: number, startCharacter: number, endLine: number, endCharacter: number): void {
    const at = this.reserve(uri, 1);
    const n = this.numbers;
    n[at] = startLine;
    n[at + 1] = startCharacter;
    n[at + 2] = endLine;
    n[at + 3] = endCharacter;
  }

  addRange(uri: string, range: Range): void {
    this.add(uri, range.start.line, range.start.character, range.end.line, range.end.character);
  }

  /** Appends locations [from, to) of another list, all in the file `uri`. */
  addRun(uri: string, other: LocationList, from: number, to: number): void {
    if (to <= from) return;
    const at = this.reserve(uri, to - from);
    this.numbers.set(other.numbers.subarray(4 * from, 4 * to), at);
  }

  /** Makes room for `n` more locations in the file `uri`: where the first one's numbers go. */
  private reserve(uri: string, n: number): number {
    if (this.runUris[this.runUris.length - 1] !== uri) {
      this.runUris.push(uri);
      this.runStarts.push(this.count);
    }
    const at = 4 * this.count;
    this.grow(at + 4 * n);
    this.count += n;
    return at;
  }

  /** Makes the numbers' array hold at least `size` numbers, doubling it as needed. */
  private grow(size: number): void {
    if (size <= this.numbers.length) return;
    const grown = new Float64Array(Math.max(2 * this.numbers.length, size));
    grown.set(this.numbers.subarray(0, 4 * this.count));
    this.numbers = grown;
  }

  /** The runs of locations in one file, in order: the uri and the location indexes [from, to). */
  *runs(): IterableIterator<{ readonly uri: string; readonly from: number; readonly to: number }> {
    for (let r = 0; r < this.runUris.length; r++) {
      yield { uri: this.runUris[r]!, from: this.runStarts[r]!, to: this.runEnd(r) };
    }
  }

  /** Number `k` of location `i`'s range: 0 start line, 1 start character, 2 end line, 3 end character. */
  numberAt(i: number, k: number): number {
    return this.numbers[4 * i + k]!;
  }

  toArray(): Location[] {
    const out: Location[] = [];
    for (const { uri, from, to } of this.runs()) for (let i = from; i < to; i++) out.push(this.location(uri, i));
    return out;
  }

  /** What `JSON.stringify` writes for the list: the locations as objects. */
  toJSON(): Location[] {
    return this.toArray();
  }

  private location(uri: string, i: number): Location {
    const n = this.numbers;
    return { uri, range: { start: { line: n[4 * i]!, character: n[4 * i + 1]! }, end: { line: n[4 * i + 2]!, character: n[4 * i + 3]! } } };
  }

  /**
   * Two lists in reading order (by uri in code-unit order, then by start), as one in that order;
   * on a tie the location of `a` comes first. The runs of files only one list has are copied a
   * stretch at a time: a person's few near misses merged into his thousands of mentions cost a
   * handful of copies, not one per file.
   */
  static merge(a: LocationList, b: LocationList): LocationList {
    const out = new LocationList();
    const na = a.runUris.length;
    const nb = b.runUris.length;
    let x = 0;
    let y = 0;
    while (x < na || y < nb) {
      if (y >= nb || (x < na && a.runUris[x]! < b.runUris[y]!)) {
        const end = a.stretchBefore(x, b.runUris[y]);
        out.addRuns(a, x, end);
        x = end;
      } else if (x >= na || b.runUris[y]! < a.runUris[x]!) {
        const end = b.stretchBefore(y, a.runUris[x]);
        out.addRuns(b, y, end);
        y = end;
      } else {
        // one file in both: its locations merged by start
        const uri = a.runUris[x]!;
        let i = a.runStarts[x]!;
        let j = b.runStarts[y]!;
        const iEnd = a.runEnd(x);
        const jEnd = b.runEnd(y);
        while (i < iEnd || j < jEnd) {
          if (j >= jEnd || (i < iEnd && compareStarts(a, i, b, j) <= 0)) {
            out.addRun(uri, a, i, i + 1);
            i++;
          } else {
            out.addRun(uri, b, j, j + 1);
            j++;
          }
        }
        x++;
        y++;
      }
    }
    return out;
  }

  /** Where the stretch of runs from `from` ends whose files come before `uri` (every run left, with no `uri`). */
  private stretchBefore(from: number, uri: string | undefined): number {
    let end = from + 1;
    while (end < this.runUris.length && (uri === undefined || this.runUris[end]! < uri)) end++;
    return end;
  }

  /** Where run `r` ends, as a location index. */
  private runEnd(r: number): number {
    return this.runStarts[r + 1] ?? this.count;
  }

  /** Appends runs [from, to) of another list, whose files are none of this list's last: their uris, and their numbers in one move. */
  private addRuns(other: LocationList, from: number, to: number): void {
    const first = other.runStarts[from]!;
    const n = other.runEnd(to - 1) - first;
    for (let r = from; r < to; r++) {
      this.runUris.push(other.runUris[r]!);
      this.runStarts.push(this.count + other.runStarts[r]! - first);
    }
    const at = 4 * this.count;
    this.grow(at + 4 * n);
    this.numbers.set(other.numbers.subarray(4 * first, 4 * (first + n)), at);
    this.count += n;
  }
}

function compareStarts(a: LocationList, i: number, b: LocationList, j: number): number {
  return a.numberAt(i, 0) - b.numberAt(j, 0) || a.numberAt(i, 1) - b.numberAt(j, 1);
}
