// TRANSITIONAL: the check still runs inside the names layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';
import { computeNameDiagnostics } from '../nameDiagnostics';

export const rule = defineRule({
  code: 'cable.name.mixedRomanisation',
  level: 'information',
  summary: 'one person in two romanisation systems (`Mao Tse-tung` and `Mao Zedong`)',
  check: (a) => computeNameDiagnostics(a.entities).filter((d) => d.code === 'cable.name.mixedRomanisation'),
});
