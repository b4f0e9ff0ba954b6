// TRANSITIONAL: the check still runs inside the names layer; this rule only selects its code.
import { defineRule } from '../../analysis/rule';
import { computeNameDiagnostics } from '../nameDiagnostics';

export const rule = defineRule({
  code: 'cable.name.variant',
  level: 'warning',
  summary: 'two near-miss spellings of one name in one document (`Le Kenong` beside `Li Kenong`)',
  check: (a) => computeNameDiagnostics(a.entities).filter((d) => d.code === 'cable.name.variant'),
});
