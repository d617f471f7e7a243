/**
 * The `/shortcut` suggestions under the reply box. Focus stays in the textarea, which
 * points at the highlighted option with aria-activedescendant, so typing and choosing
 * never fight over focus; a press on an option must not blur the box either.
 */
import type { CannedResponse } from '../../../shared/domain';
import type { ComposerStrings } from './composer-strings';

interface CannedListProps {
  id: string;
  options: readonly CannedResponse[];
  active: number;
  /** Each option's text as it would be inserted, for the preview. */
  preview: (response: CannedResponse) => string;
  strings: ComposerStrings;
  onPick: (response: CannedResponse) => void;
}

export const cannedOptionId = (listId: string, response: CannedResponse) => `${listId}-${response.id}`;

export function CannedList({ id, options, active, preview, strings, onPick }: CannedListProps) {
  return (
    <ul id={id} role="listbox" aria-label={strings.names.cannedResponses} class="composer-canned">
      {options.map((response, index) => (
        <li
          key={response.id}
          id={cannedOptionId(id, response)}
          role="option"
          aria-selected={index === active}
          class={index === active ? 'active' : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(response)}
        >
          <span class="composer-canned-shortcut">/{response.shortcut}</span>
          {response.scope === 'personal' && <span class="composer-canned-personal">{strings.personal}</span>}
          <span class="composer-canned-preview">{preview(response)}</span>
        </li>
      ))}
    </ul>
  );
}
