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
    if (at + 4 * n > this.numbers.length) {
      const grown = new Float64Array(Math.max(2 * this.numbers.length, at + 4 * n));
      grown.set(this.numbers.subarray(0, at));
      this.numbers = grown;
    }
    this.count += n;
    return at;
  }

  /** The runs of locations in one file, in order: the uri and the location indexes [from, to). */
  *runs(): IterableIterator<{ readonly uri: string; readonly from: number; readonly to: number }> {
    for (let r = 0; r < this.runUris.length; r++) {
      yield { uri: this.runUris[r]!, from: this.runStarts[r]!, to: this.runStarts[r + 1] ?? this.length };
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
   * on a tie the location of `a` comes first.
   */
  static merge(a: LocationList, b: LocationList): LocationList {
    const out = new LocationList();
    const ra = [...a.runs()];
    const rb = [...b.runs()];
    let x = 0;
    let y = 0;
    while (x < ra.length || y < rb.length) {
      const runA = ra[x];
      const runB = rb[y];
      if (!runB || (runA && runA.uri < runB.uri)) {
        out.addRun(runA!.uri, a, runA!.from, runA!.to);
        x++;
      } else if (!runA || runB.uri < runA.uri) {
        out.addRun(runB.uri, b, runB.from, runB.to);
        y++;
      } else {
        // one file in both: its locations merged by start
        let i = runA.from;
        let j = runB.from;
        while (i < runA.to || j < runB.to) {
          const takeA = j >= runB.to || (i < runA.to && compareStarts(a, i, b, j) <= 0);
          if (takeA) {
            out.addRun(runA.uri, a, i, i + 1);
            i++;
          } else {
            out.addRun(runB.uri, b, j, j + 1);
            j++;
          }
        }
        x++;
        y++;
      }
    }
    return out;
  }
}

function compareStarts(a: LocationList, i: number, b: LocationList, j: number): number {
  return a.numberAt(i, 0) - b.numberAt(j, 0) || a.numberAt(i, 1) - b.numberAt(j, 1);
}
