/**
 * Runs a callback once the current burst of events is over: `setImmediate` under Node, a zero
 * timeout in a browser worker (which has no `setImmediate`). Returns how to cancel it.
 */
export function soon(callback: () => void): { cancel(): void } {
  if (typeof setImmediate === 'function') {
    const handle = setImmediate(callback);
    return { cancel: () => clearImmediate(handle) };
  }
  const handle = setTimeout(callback, 0);
  return { cancel: () => clearTimeout(handle) };
}
