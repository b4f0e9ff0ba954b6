/**
 * What a benchmark section receives: the shared inputs and the run's settings. A section adds
 * its own `## title` part to the report; see docs/benchmarks.md for adding one.
 */
import type { Section } from './harness';
import type { Inputs } from './inputs';

export interface BenchContext {
  readonly inputs: Inputs;
  /** `--quick`: smaller inputs and fewer samples, for a smoke test of the harness itself. */
  readonly quick: boolean;
  /** Progress messages go to stderr, so stdout holds only the Markdown table. */
  log(message: string): void;
  /**
   * Marks the item in progress inside a long measurement (e.g. the corpus file index), so that
   * if the run hangs the watchdog can say on which item. Cheap: call it per item.
   */
  progress(index: number): void;
}

export interface BenchSection {
  readonly title: string;
  run(ctx: BenchContext, section: Section): Promise<void>;
}
