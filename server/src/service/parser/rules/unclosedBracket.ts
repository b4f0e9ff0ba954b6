import { defineRule } from '../../analysis/rule';
import { repairsOf } from './repairs';

export const rule = defineRule({
  code: 'cable.structure.unclosedBracket',
  level: 'information',
  summary: 'an editor’s bracket that is never closed (it is ended at its line or paragraph, never at the end of the document)',
  check: (analysis) => repairsOf(analysis, 'unclosedBracket', 'cable.structure.unclosedBracket'),
});
