/** The clusters of unanswered questions, most frequent first, each with its three actions. */
import { useState } from 'preact/hooks';
import type { IntentChoice, UnansweredCluster } from '../../../shared/learning';
import { useStrings } from '../i18n';
import { IntentDraft, type NewIntent } from './IntentDraft';
import { intentLabel } from './intent-label';
import { learningText } from './learning-text';

export interface ClusterListProps {
  clusters: UnansweredCluster[];
  intents: IntentChoice[];
  onMake: (cluster: UnansweredCluster, intent: NewIntent) => Promise<void>;
  onAdd: (cluster: UnansweredCluster, intent: string) => Promise<void>;
  onDismiss: (cluster: UnansweredCluster) => Promise<void>;
}

export function ClusterList({ clusters, intents, onMake, onAdd, onDismiss }: ClusterListProps) {
  const strings = useStrings();
  const text = learningText[strings.locale];
  const [acting, setActing] = useState<{ id: string; kind: 'make' | 'add' } | null>(null);
  const [target, setTarget] = useState('');

  return (
    <ol class="learning-list" aria-label={text.clusters}>
      {clusters.map((cluster) => {
        const sample = cluster.samples[0] ?? '';
        const open = acting?.id === cluster.id ? acting.kind : null;
        return (
          <li key={cluster.id}>
            <p class="learning-question">
              <strong>{sample}</strong> · {text.asked(cluster.count)}
            </p>
            {cluster.samples.length > 1 && (
              <ul>
                {cluster.samples.slice(1).map((other) => (
                  <li key={other}>{other}</li>
                ))}
              </ul>
            )}
            <p class="field-hint">{cluster.mode === 'semantic' ? text.byMeaning : text.byWords}</p>
            {open === 'make' && <IntentDraft examples={cluster.samples} taken={intents.map((intent) => intent.name)} onSave={(intent) => onMake(cluster, intent)} onCancel={() => setActing(null)} />}
            {open === 'add' && (
              <form
                aria-label={text.addToIntent}
                onSubmit={(event) => {
                  event.preventDefault();
                  void onAdd(cluster, target || intents[0]?.name || '');
                }}
              >
                <label>
                  {text.intent}
                  <select value={target || intents[0]?.name} onChange={(event) => setTarget((event.target as HTMLSelectElement).value)}>
                    {intents.map((intent) => (
                      <option key={intent.name} value={intent.name}>
                        {intentLabel(strings, intent)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit">{text.add}</button>
                <button type="button" onClick={() => setActing(null)}>
                  {text.cancel}
                </button>
              </form>
            )}
            {!open && (
              <p>
                <button type="button" aria-label={text.makeIntentFor(sample)} onClick={() => setActing({ id: cluster.id, kind: 'make' })}>
                  {text.makeIntent}
                </button>
                <button type="button" aria-label={text.addToIntentFor(sample)} onClick={() => setActing({ id: cluster.id, kind: 'add' })}>
                  {text.addToIntent}
                </button>
                <button type="button" aria-label={text.dismissFor(sample)} onClick={() => void onDismiss(cluster)}>
                  {text.dismiss}
                </button>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
