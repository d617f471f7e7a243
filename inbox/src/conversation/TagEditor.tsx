/**
 * Labels on a conversation ("refund", "vip"), which search and reports group by. Saved at
 * once; on failure the error is shown and the list stays as the server has it.
 */
import { useState } from 'preact/hooks';
import { errorText, useStrings } from '../i18n';
import { toClientError, type ParleyClientError } from '../lib/errors';
import { usePaneText } from './text';

interface TagEditorProps {
  tags: readonly string[];
  onSave: (tags: string[]) => Promise<unknown>;
}

export const MAX_TAGS = 20;

export function TagEditor({ tags, onSave }: TagEditorProps) {
  const strings = useStrings();
  const text = usePaneText();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<ParleyClientError | null>(null);
  // One change at a time: each is built from the tags as the server last answered.
  const [busy, setBusy] = useState(false);

  /** Resolves with whether the server took the change. */
  const save = (next: string[]) => {
    setBusy(true);
    return onSave(next)
      .then(
        () => (setError(null), true),
        (failure: unknown) => (setError(toClientError(failure)), false),
      )
      .finally(() => setBusy(false));
  };
  const add = () => {
    const tag = draft.trim().slice(0, 40);
    if (busy) return;
    if (!tag || tags.includes(tag) || tags.length >= MAX_TAGS) return setDraft('');
    void save([...tags, tag]).then((saved) => saved && setDraft(''));
  };

  return (
    <section class="tag-editor" aria-label={text.tags}>
      <h3>{text.tags}</h3>
      {tags.length === 0 ? (
        <p class="empty">{text.noTags}</p>
      ) : (
        <ul class="tags">
          {tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
              <button type="button" class="link" aria-label={`Remove tag ${tag}`} disabled={busy} onClick={() => void save(tags.filter((kept) => kept !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="tag-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input aria-label={strings.names.newTag} value={draft} maxLength={40} onInput={(event) => setDraft(event.currentTarget.value)} />
        <button type="submit" disabled={busy || tags.length >= MAX_TAGS}>
          {strings.names.addTag}
        </button>
      </form>
      {error && <p role="alert" class="error">{errorText(strings, error)}</p>}
    </section>
  );
}
