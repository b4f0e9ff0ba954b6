/**
 * Benchmark inputs, generated once per run and shared by all sections: single files of a given
 * size and the corpus of single-cable files. Everything comes from one seed, so every run (and
 * every machine) measures the same bytes.
 */
import { CorpusFile, generateCorpus, generateFile, utf8Length } from './generator';

export const BENCH_SEED = 1951;
export const KB = 1024;
export const MB = 1024 * 1024;

export class Inputs {
  private readonly files = new Map<number, string>();
  private corpusCache?: { files: CorpusFile[]; bytes: number };

  constructor(readonly seed = BENCH_SEED, readonly corpusSize = 10_000) {}

  /** A file of `bytes` UTF-8 bytes (see generateFile); smaller sizes are prefixes of larger ones. */
  file(bytes: number): string {
    let text = this.files.get(bytes);
    if (text === undefined) {
      text = generateFile(this.seed, bytes);
      this.files.set(bytes, text);
    }
    return text;
  }

  /** The same cables as `file(bytes)`, as a collection file: parted by lines of `=` signs (CABLE-FORMAT §11). */
  collection(bytes: number): string {
    return generateFile(this.seed, bytes, { collection: true });
  }

  /** The corpus of `corpusSize` single-cable files, and its total size in bytes. */
  corpus(): { files: CorpusFile[]; bytes: number } {
    if (this.corpusCache === undefined) {
      const files = generateCorpus(this.seed, this.corpusSize);
      let bytes = 0;
      for (const f of files) bytes += utf8Length(f.text);
      this.corpusCache = { files, bytes };
    }
    return this.corpusCache;
  }
}
