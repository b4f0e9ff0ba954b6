/**
 * Long synchronous work in slices: the steps run one after another, and the event loop gets a turn
 * (`setImmediate`) before the first step, every `sliceMs` of work, and after the last step. In each
 * turn the connection reads what the client sent meanwhile — a `$/cancelRequest`, a newer version of
 * the document — and then `stop()` is asked; when it says so the remaining steps are dropped.
 *
 *   if (!(await runInSlices(service.analysisSteps(doc), () => token.isCancellationRequested))) throw cancelled;
 *
 * A step is not interrupted: a cancel waits for the step under way (one layer of one cable).
 */

/** How long one slice runs before the event loop gets a turn: short enough that a cancel is felt at once. */
export const SLICE_MS = 20;

// setImmediate in Node runs after pending I/O; a browser worker has only setTimeout.
const later: (f: () => void) => void = typeof setImmediate === 'function' ? f => setImmediate(f) : f => setTimeout(f, 0);
const turn = () => new Promise<void>(resolve => later(resolve));

/** Runs the steps; resolves true when all of them ran, false when `stop()` ended them early. */
export async function runInSlices(steps: Iterable<unknown>, stop: () => boolean, sliceMs = SLICE_MS): Promise<boolean> {
  // A turn first: a cancel sent while other work held the thread is read before this work starts.
  await turn();
  if (stop()) return false;
  let sliceStart = performance.now();
  for (const _ of steps) {
    if (performance.now() - sliceStart < sliceMs) continue;
    await turn();
    if (stop()) return false;
    sliceStart = performance.now();
  }
  // And one last: a cancel sent during the last step is read before the answer is computed.
  await turn();
  return !stop();
}
