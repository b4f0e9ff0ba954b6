/**
 * Long synchronous work in slices: the steps run one after another, and every `sliceMs` the loop
 * gives the event loop a turn (`setImmediate`), in which the connection reads what the client sent
 * meanwhile — a `$/cancelRequest`, a newer version of the document. Then `stop()` is asked; when it
 * says so the remaining steps are dropped.
 *
 *   if (!(await runInSlices(service.analysisSteps(doc), () => token.isCancellationRequested))) throw cancelled;
 */

/** How long one slice runs before the event loop gets a turn: short enough that a cancel is felt at once. */
export const SLICE_MS = 20;

/** Runs the steps; resolves true when all of them ran, false when `stop()` ended them early. */
export async function runInSlices(steps: Iterable<unknown>, stop: () => boolean, sliceMs = SLICE_MS): Promise<boolean> {
  let sliceStart = performance.now();
  for (const _ of steps) {
    if (performance.now() - sliceStart < sliceMs) continue;
    await new Promise<void>(resolve => setImmediate(resolve));
    if (stop()) return false;
    sliceStart = performance.now();
  }
  return !stop();
}
