/** Every corpus check, in registry order (the codes join the one registry in `diagnosticCodes.ts`). */
import { ambiguousReference } from './checks/ambiguousReference';
import { citesLater } from './checks/citesLater';
import { duplicateCable } from './checks/duplicateCable';
import { rareSpelling } from './checks/rareSpelling';

export const corpusRules = [rareSpelling, duplicateCable, citesLater, ambiguousReference] as const;
