import { foldText } from './char-fold';
import { type CompiledIndex, hasRoleWord } from './compiled-index';
import { officeWords } from './role-words';
import type { Title } from './short-name-context';

/** Whether a generic title before a short name ("US-Präsident", "Sen.") names one of the entity's roles. */
export function titleFits(title: Title, index: CompiledIndex, entity: number): boolean {
  if (title.kind !== undefined) return false;
  return officeWords(foldText(title.surface).split(' ')).some(
    ({ word, office }) => office && hasRoleWord(index, entity, word),
  );
}
