import { defineRule } from '../../analysis/rule';
import { repairsOf } from './repairs';

export const rule = defineRule({
  code: 'cable.structure.unclosedStamp',
  level: 'information',
  summary: 'a stamp whose closing `]` is missing (the stamp is ended at the last line that still reads as one)',
  check: (analysis) => repairsOf(analysis, 'unclosedStamp', 'cable.structure.unclosedStamp'),
});
