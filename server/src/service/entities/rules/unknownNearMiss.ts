// TRANSITIONAL: the check still runs inside the names layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';
import { computeNameDiagnostics } from '../nameDiagnostics';

export const rule = defineRule({
  code: 'cable.name.unknownNearMiss',
  level: 'warning',
  summary: 'a near-miss of a known person’s name or cover name that is not itself a known form (`Filipov`, `Roschin`)',
  check: (a) => computeNameDiagnostics(a.entities).filter((d) => d.code === 'cable.name.unknownNearMiss'),
});
