/**
 * Background indexing with the client's progress UI: `window/workDoneProgress/create`, then
 * `$/progress` begin / report ("Indexing cables 312/1,000") / end. The user can cancel it from
 * the progress notification; a newer run (settings or gazetteer changed) cancels the older one.
 */
import { CancellationTokenSource, type Connection } from 'vscode-languageserver';
import type { ICancellationToken } from '../service';

export interface IndexingRun {
  cancel(): void;
  readonly done: Promise<void>;
}

/** How often the progress notification is updated, at most. */
const REPORT_EVERY_MS = 100;

export function runIndexing(
  connection: Connection,
  index: (token: ICancellationToken, progress: (done: number, total: number) => void) => Promise<void>,
): IndexingRun {
  const own = new CancellationTokenSource();
  const done = (async () => {
    const reporter = await connection.window.createWorkDoneProgress();
    const token: ICancellationToken = {
      get isCancellationRequested() {
        return own.token.isCancellationRequested || reporter.token.isCancellationRequested;
      },
    };
    reporter.begin('Indexing cables', 0, undefined, true);
    let last = 0;
    try {
      await index(token, (n, total) => {
        const now = Date.now();
        if (n !== total && now - last < REPORT_EVERY_MS) return;
        last = now;
        reporter.report(total ? Math.floor((n / total) * 100) : 100, `${n.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
      });
    } finally {
      reporter.done();
      own.dispose();
    }
  })();
  return { cancel: () => own.cancel(), done };
}
