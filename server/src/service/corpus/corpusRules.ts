/** Every corpus check, in registry order (the codes join the one registry in `diagnosticCodes.ts`). */
import { duplicateCable } from './checks/duplicateCable';
import { rareSpelling } from './checks/rareSpelling';

export const corpusRules = [rareSpelling, duplicateCable] as const;
