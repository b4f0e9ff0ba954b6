/**
 * CPU time from Linux's /proc, beside the wall-clock rows: how many cores a run kept busy shows
 * whether it was waiting on work spread over threads or on one thread. Undefined elsewhere.
 *
 * /proc counts in clock ticks; their rate is asked of `getconf CLK_TCK` once (100 on Linux).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

let ticksPerSecond: number | undefined;

function ticks(): number {
  if (ticksPerSecond === undefined) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const n = Number(out.stdout?.trim());
    ticksPerSecond = out.status === 0 && Number.isFinite(n) && n > 0 ? n : 100;
  }
  return ticksPerSecond;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold blanks): field 3 of the man page is [0]. */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds of a live process, its threads included. */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  const f = pid === undefined ? undefined : statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) / ticks() : undefined;
}

/** User + system CPU seconds of this process's children that have ended and been waited for (a `spawnSync` child once it returns). */
export function childrenCpuSeconds(): number | undefined {
  const f = statFields('self');
  return f ? (Number(f[13]) + Number(f[14])) / ticks() : undefined;
}
