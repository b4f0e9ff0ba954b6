import { defineRule } from '../../analysis/rule';
import { repairsOf } from './repairs';

export const rule = defineRule({
  code: 'cable.structure.unbalancedQuote',
  level: 'information',
  summary: 'a quoted telegram whose opening or closing quote mark is missing',
  check: (analysis) => repairsOf(analysis, 'unbalancedQuote', 'cable.structure.unbalancedQuote'),
});
