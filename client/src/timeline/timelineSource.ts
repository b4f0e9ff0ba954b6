/**
 * Keeps the latest timeline for the Cables view and the timeline webview: asks the server again on
 * refresh (a user action or `cable/corpusChanged`), never has two requests out at once (a refresh
 * during a request asks once more after it), and while the answer says the index is incomplete, asks
 * again after a delay that grows to a bound, a bounded number of times. Listeners hear only of
 * answers that differ from the last. Pure: the request and the timers are injected.
 */
import type { TimelineResult } from '../../../protocol/src/protocol';
import { sanitizeTimelineResult } from './timelineResult';

export interface TimelineSourceOptions {
  /** Asks the server; resolves to undefined when the server cannot answer (an older server). */
  readonly fetch: () => Promise<unknown>;
  readonly onError?: (error: unknown) => void;
  /** Delays before each re-ask while incomplete; the last one repeats. */
  readonly pollDelays?: readonly number[];
  /** At most this many re-asks in a row while incomplete (a refresh starts the count again). */
  readonly maxPolls?: number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export const defaultPollDelays: readonly number[] = [500, 1000, 2000, 4000, 8000];
export const defaultMaxPolls = 30;

export class TimelineSource {
  private result: TimelineResult | undefined;
  private json: string | undefined;
  private readonly listeners = new Set<(result: TimelineResult) => void>();
  private inFlight: Promise<void> | undefined;
  private askAgain = false;
  private timer: unknown;
  private polls = 0;
  private disposed = false;
  private readonly pollDelays: readonly number[];
  private readonly maxPolls: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: TimelineSourceOptions) {
    this.pollDelays = options.pollDelays?.length ? options.pollDelays : defaultPollDelays;
    this.maxPolls = options.maxPolls ?? defaultMaxPolls;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? (handle => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  /** The last answer, once there is one. */
  get current(): TimelineResult | undefined {
    return this.result;
  }

  /** Whether a re-ask is scheduled (the last answer was incomplete). */
  get polling(): boolean {
    return this.timer !== undefined;
  }

  onDidChange(listener: (result: TimelineResult) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Asks the server again (now, or right after the request already out); resolves once answered. */
  refresh(): Promise<void> {
    this.polls = 0;
    return this.ask();
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.listeners.clear();
  }

  private ask(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.cancelTimer();
    if (this.inFlight) {
      this.askAgain = true;
      return this.inFlight;
    }
    this.inFlight = this.run().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async run(): Promise<void> {
    let answer: TimelineResult | undefined;
    do {
      this.askAgain = false;
      try {
        const value = await this.options.fetch();
        answer = value === undefined ? undefined : sanitizeTimelineResult(value);
      } catch (error) {
        answer = undefined;
        this.options.onError?.(error);
      }
      if (this.disposed) return;
      if (answer) this.accept(answer);
    } while (this.askAgain);
    if (answer && !answer.complete) this.schedulePoll();
  }

  private accept(result: TimelineResult): void {
    const json = JSON.stringify(result);
    if (json === this.json) return;
    this.json = json;
    this.result = result;
    for (const listener of [...this.listeners]) listener(result);
  }

  private schedulePoll(): void {
    if (this.polls >= this.maxPolls) return;
    const delay = this.pollDelays[Math.min(this.polls, this.pollDelays.length - 1)];
    this.polls++;
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.ask();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}
