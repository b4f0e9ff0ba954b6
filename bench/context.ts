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
  /**
   * Adds a line to the "Goals" table at the end of the report, which puts side by side the
   * figures that an issue sets targets for, wherever in the report they were measured.
   */
  goal(row: GoalRow): void;
}

/** One figure of the "Goals" table: what was measured, and the target it is held against. */
export interface GoalRow {
  /** What the figure is, e.g. "full analysis, one 4 MB file". */
  readonly figure: string;
  /** The value measured in this run, formatted. */
  readonly measured: string;
  /** The target, formatted, e.g. "≥ 20 MB/s". */
  readonly goal: string;
  /** Whether this run meets the target; undefined when the figure has no yes/no answer. */
  readonly met?: boolean;
}

export interface BenchSection {
  readonly title: string;
  run(ctx: BenchContext, section: Section): Promise<void>;
}
