/**
 * How sure an identification is, as hovers and inlay hints state it. A resolution the recognizer
 * calls certain is still only probable when it rests on a cover name the sources themselves call
 * probable or disputed, unless this document glosses it: there, or at another mention of the same
 * form (`To Comrade SEMENOV [Stalin].` above `Comrade Semenov!`), as the recognizer counts a gloss.
 */
import type { Resolution } from './types';

export type Certainty = 'certain' | 'probable' | 'uncertain';

export function identificationCertainty(r: Resolution): Certainty {
  if (r.confidence === 'uncertain') return 'uncertain';
  if (r.best.evidence.some((e) => e.kind === 'gloss' || e.kind === 'glossElsewhere')) return 'certain';
  if (r.confidence === 'probable') return 'probable';
  const p = r.best.via === 'pseudonym' ? r.best.pseudonym : undefined;
  return p && p.confidence !== 'certain' ? 'probable' : 'certain';
}
