/**
 * What the client does when the language server's process ends without being asked to: start it
 * again, at most `maxRestarts` times within `windowMs`, and tell the user once — on the first
 * restart, and once more if it gives up — never once per crash. Pure (no vscode import), so that a
 * unit test can drive it with a clock; extension.ts turns its decisions into the language client's
 * `CloseAction`s.
 *
 *   const policy = new RestartPolicy({ maxRestarts: 4, windowMs: 180_000, tell: m => window.showWarningMessage(m) });
 *   closed: () => (policy.serverClosed() === 'restart' ? CloseAction.Restart : CloseAction.DoNotRestart)
 */
export interface RestartPolicyOptions {
  /** Restarts allowed within `windowMs`; one more crash in that time stops the server for the session. */
  readonly maxRestarts: number;
  readonly windowMs: number;
  /** Shows a message to the user. */
  tell(message: string): void;
  /** The clock, in ms; `Date.now` by default. */
  readonly now?: () => number;
}

export type RestartDecision = 'restart' | 'stop';

export class RestartPolicy {
  private restarts: number[] = [];
  private toldRestart = false;
  private stopped = false;

  constructor(private readonly options: RestartPolicyOptions) {}

  /** The server's connection closed unexpectedly: restart it, or stop for good. */
  serverClosed(): RestartDecision {
    if (this.stopped) return 'stop';
    const now = (this.options.now ?? Date.now)();
    this.restarts = this.restarts.filter(t => now - t < this.options.windowMs);
    if (this.restarts.length >= this.options.maxRestarts) {
      this.stopped = true;
      const minutes = Math.round(this.options.windowMs / 60_000);
      this.options.tell(
        `The cable language server stopped ${this.restarts.length + 1} times in ${minutes} minutes and will not be started again in this window. ` +
        'Its log is in the Output panel ("Cable Language Server"); reload the window to start it again.',
      );
      return 'stop';
    }
    this.restarts.push(now);
    if (!this.toldRestart) {
      this.toldRestart = true;
      this.options.tell('The cable language server stopped unexpectedly and was restarted. Its log is in the Output panel ("Cable Language Server").');
    }
    return 'restart';
  }
}
