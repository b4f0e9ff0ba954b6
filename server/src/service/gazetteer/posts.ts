/**
 * Single posts (`post` on a role): one person holds each at a time. `findPostOverlaps` lists the
 * months in which two different people would hold the same post, so data checks can refuse them.
 *
 * Month granularity. A post changes hands within a month, so the leaver's last month may be the
 * successor's first. A bare year is read as the part of it that is certain: a role `from: 1952`
 * is certainly held from December 1952, one `to: 1952` until January 1952; a month given is
 * exact. `after-1953` runs on without end.
 */
import type { GazetteerEntryInput, Role } from './types';
import { AFTER_1953, parseDatePoint } from './types';

export interface PostTenure {
  readonly entryId: string;
  readonly post: string;
  readonly role: Role;
  /** Month index (year × 12 + month − 1) of the first certain month. */
  readonly first: number;
  /** Month index of the last certain month; `Infinity` for `after-1953`. */
  readonly last: number;
}

export interface PostOverlap {
  readonly post: string;
  readonly a: PostTenure;
  readonly b: PostTenure;
  /** The first shared month, `1950-10`. */
  readonly month: string;
}

/** Every role with a `post` and both ends, as certain month ranges (empty ranges are dropped). */
export function postTenures(entries: readonly GazetteerEntryInput[]): PostTenure[] {
  const out: PostTenure[] = [];
  for (const entry of entries) {
    for (const role of entry.roles ?? []) {
      if (!role.post) continue;
      const from = parseDatePoint(role.from);
      if (!from) continue;
      const first = from.year * 12 + (from.month ?? 12) - 1;
      let last: number;
      if (role.to === AFTER_1953) last = Infinity;
      else {
        const to = parseDatePoint(role.to);
        if (!to) continue;
        last = to.year * 12 + (to.month ?? 1) - 1;
      }
      if (last >= first) out.push({ entryId: entry.id, post: role.post, role, first, last });
    }
  }
  return out;
}

function monthText(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Pairs of different people holding the same post in the same month, bar a month of handover. */
export function findPostOverlaps(entries: readonly GazetteerEntryInput[]): PostOverlap[] {
  const byPost = new Map<string, PostTenure[]>();
  for (const t of postTenures(entries)) {
    const list = byPost.get(t.post);
    if (list) list.push(t);
    else byPost.set(t.post, [t]);
  }
  const out: PostOverlap[] = [];
  for (const [post, list] of byPost) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.entryId === b.entryId) continue;
        const lo = Math.max(a.first, b.first);
        const hi = Math.min(a.last, b.last);
        if (lo > hi) continue;
        const handover = lo === hi && ((a.last === lo && b.first === lo) || (b.last === lo && a.first === lo));
        if (!handover) out.push({ post, a, b, month: monthText(lo) });
      }
    }
  }
  return out;
}
