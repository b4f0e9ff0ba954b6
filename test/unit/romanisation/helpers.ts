import { romanisationKeys, type SpellingSystem } from '../../../server/src/service/romanisation';

export const keysOf = (written: string): string[] => romanisationKeys(written).map((k) => k.key);

/** Do all these spellings reach at least one key in common? */
export function shareAKey(spellings: readonly string[]): boolean {
  let common = new Set(keysOf(spellings[0]!));
  for (const s of spellings.slice(1)) {
    const mine = new Set(keysOf(s));
    common = new Set([...common].filter((k) => mine.has(k)));
    if (common.size === 0) throw new Error(`${s} shares no key with ${spellings.slice(0, spellings.indexOf(s)).join(', ')}: ${keysOf(s).join(', ')}`);
  }
  return common.size > 0;
}

/** The likeliest system of a spelling: the first one `romanisationKeys` gives. */
export function systemOf(written: string): SpellingSystem | undefined {
  return romanisationKeys(written)[0]?.system;
}
