/** Writes or edits one help article: title, plain-text body, tags, language and whether it is published. */
import { useState } from 'preact/hooks';
import type { Article, ArticleInput } from '../../../shared/knowledge';
import { KB_LIMITS } from '../../../shared/knowledge';
import { useStrings } from '../i18n';
import { failureText } from '../admin/failure-text';
import { knowledgeText } from './knowledge-text';

export interface ArticleFormProps {
  label: string;
  initial: Pick<Article, 'title' | 'body' | 'tags' | 'locale' | 'published'>;
  submitLabel: string;
  save: (input: ArticleInput) => Promise<void>;
  onCancel?: () => void;
}

/** "a, b ,, c" → ["a", "b", "c"]: what the server keeps. */
export const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

export function ArticleForm({ label, initial, submitLabel, save, onCancel }: ArticleFormProps) {
  const strings = useStrings();
  const text = knowledgeText[strings.locale];
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [locale, setLocale] = useState(initial.locale);
  const [published, setPublished] = useState(initial.published);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await save({ title, body, tags: parseTags(tags), locale, published });
      if (!onCancel) {
        setTitle('');
        setBody('');
        setTags('');
        setPublished(false);
      }
    } catch (failure) {
      setError(failureText(strings, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form aria-label={label} class="article-form" onSubmit={(event) => void submit(event)}>
      <label class="field">
        <span>{text.fields.title}</span>
        <input value={title} required maxLength={KB_LIMITS.titleMax} onInput={(event) => setTitle(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{text.fields.body}</span>
        <textarea value={body} required rows={8} maxLength={KB_LIMITS.bodyMax} onInput={(event) => setBody(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{text.fields.tags}</span>
        <input value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{text.fields.locale}</span>
        <select value={locale} onChange={(event) => setLocale(event.currentTarget.value as Article['locale'])}>
          <option value="ko">{text.locales.ko}</option>
          <option value="en">{text.locales.en}</option>
        </select>
      </label>
      <label class="inline-field">
        <input type="checkbox" checked={published} onChange={(event) => setPublished(event.currentTarget.checked)} />
        <span>{text.fields.published}</span>
      </label>
      {error && <p role="alert">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {text.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
