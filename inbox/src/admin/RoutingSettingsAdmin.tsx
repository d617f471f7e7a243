/**
 * Admins tune how conversations reach agents: the routing algorithm and its timings,
 * business hours, the polite-guard phrases the composer warns about, and the identity
 * secret for verified visitors. Values are checked before saving; the server's refusals are shown.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { DEFAULT_POLITE_GUARD_PHRASES, type RoutingAlgorithm } from '../../../shared/settings';
import { useStrings } from '../i18n';
import { BusinessHoursFields } from './BusinessHoursFields';
import { failureText } from './failure-text';
import type { IdentityApi } from './identity-api';
import { IdentitySecretPanel } from './IdentitySecretPanel';
import { fieldsToUpdate, MAX_PHRASES, NUMBER_LIMITS, settingsToFields, type NumberField, type RoutingField, type RoutingFields } from './routing-form';
import type { SettingsApi } from './settings-api';

const texts = {
  en: {
    title: 'Routing and hours',
    loading: 'Loading…',
    algorithmHint: 'Load balancing gives a new chat to the online agent with the fewest open chats for their capacity; round robin to the one who waited longest since their last; manual leaves chats in the queue for agents to take.',
    preferLastHint: 'A returning visitor goes to the agent they last talked to, when that agent is online and has room.',
    numberHint: {
      teamFallbackSeconds: 'How long a chat routed to a team waits for that team before any agent may take it.',
      reopenWindowMinutes: 'After closing, a new message from the visitor within this time reopens the same conversation.',
      agentGraceSeconds: 'How long an agent may be without any open inbox tab before their chats are reassigned.',
    } satisfies Record<NumberField, string>,
    badNumber: (max: number, integer: boolean) => `Enter ${integer ? 'a whole number' : 'a number'} from 0 to ${max}.`,
    politeTitle: 'Polite guard',
    phrasesHint: 'When an agent is about to send one of these curt phrases as a whole answer, the inbox suggests softening it. One phrase per line.',
    badPhrases: `At most ${MAX_PHRASES} phrases of up to 100 characters each.`,
    fix: 'Please correct the marked fields.',
    saved: 'Saved. New conversations are routed with these settings.',
    numberLabel: {
      teamFallbackSeconds: 'Team fallback (seconds)',
      reopenWindowMinutes: 'Reopen window (minutes)',
      agentGraceSeconds: 'Agent grace period (seconds)',
    } satisfies Record<NumberField, string>,
    algorithms: { load_balancing: 'Load balancing', round_robin: 'Round robin', manual: 'Manual' } satisfies Record<RoutingAlgorithm, string>,
    back: 'Back to conversations',
    form: 'Routing settings',
    algorithm: 'Routing algorithm',
    preferLast: 'Prefer the visitor’s last agent',
    phrases: 'Polite-guard phrases (one per line)',
    restore: 'Restore default phrases',
    save: 'Save routing settings',
  },
  ko: {
    title: '배정 규칙과 업무 시간',
    loading: '불러오는 중…',
    algorithmHint: '부하 분산은 동시 상담 수 대비 진행 중인 대화가 가장 적은 상담원에게, 순환 배정은 마지막 배정 후 가장 오래 기다린 상담원에게 새 대화를 배정합니다. 수동은 상담원이 대기열에서 직접 가져갑니다.',
    preferLastHint: '다시 찾아온 방문자를 지난번 상담원에게 연결합니다(그 상담원이 온라인이고 여유가 있을 때).',
    numberHint: {
      teamFallbackSeconds: '팀으로 배정된 대화가 다른 상담원에게 넘어가기 전까지 그 팀을 기다리는 시간입니다.',
      reopenWindowMinutes: '대화 종료 후 이 시간 안에 방문자가 메시지를 보내면 같은 대화가 다시 열립니다.',
      agentGraceSeconds: '상담원의 상담함 탭이 모두 닫힌 뒤 대화를 다른 상담원에게 넘기기까지 기다리는 시간입니다.',
    } satisfies Record<NumberField, string>,
    badNumber: (max: number, integer: boolean) => `0부터 ${max}까지의 ${integer ? '정수를' : '숫자를'} 입력해 주세요.`,
    politeTitle: '공손한 표현 안내',
    phrasesHint: '상담원이 이 짧고 딱딱한 표현만으로 답하려 하면 상담함이 더 부드러운 표현을 권합니다. 한 줄에 하나씩 입력해 주세요.',
    badPhrases: `표현은 최대 ${MAX_PHRASES}개, 각각 100자 이내로 입력해 주세요.`,
    fix: '표시된 항목을 고쳐 주세요.',
    saved: '저장했습니다. 새 대화부터 이 설정으로 배정됩니다.',
    numberLabel: {
      teamFallbackSeconds: '팀 대기 시간(초)',
      reopenWindowMinutes: '대화 다시 열기 기간(분)',
      agentGraceSeconds: '상담원 재접속 대기 시간(초)',
    },
    algorithms: { load_balancing: '부하 분산', round_robin: '순환 배정', manual: '수동 배정' },
    back: '대화 목록으로 돌아가기',
    form: '배정 설정',
    algorithm: '배정 방식',
    preferLast: '지난번 상담원에게 우선 연결',
    phrases: '공손한 표현 안내 문구(한 줄에 하나)',
    restore: '기본 문구로 되돌리기',
    save: '배정 설정 저장',
  },
};

const ALGORITHMS: RoutingAlgorithm[] = ['load_balancing', 'round_robin', 'manual'];

interface RoutingSettingsAdminProps {
  api: SettingsApi;
  identity: IdentityApi;
  onClose: () => void;
}

export function RoutingSettingsAdmin({ api, identity, onClose }: RoutingSettingsAdminProps) {
  const strings = useStrings();
  const text = texts[strings.locale];
  const id = useId();
  const [fields, setFields] = useState<RoutingFields | null>(null);
  const [invalid, setInvalid] = useState<RoutingField[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.get().then(
      (settings) => setFields(settingsToFields(settings)),
      (failure) => setError(failureText(strings, failure)),
    );
  }, [api, strings]);

  const header = (
    <header>
      <h2 id="routing-admin-title">{text.title}</h2>
      <button type="button" onClick={onClose}>{text.back}</button>
    </header>
  );
  if (!fields) {
    return (
      <section class="intent-admin" aria-labelledby="routing-admin-title">
        {header}
        <p role={error ? 'alert' : 'status'}>{error ?? text.loading}</p>
      </section>
    );
  }

  const change = (next: Partial<RoutingFields>) => (setFields({ ...fields, ...next }), setStatus(null));
  const save = async () => {
    const checked = fieldsToUpdate(fields);
    setInvalid(checked.ok ? [] : checked.invalid);
    if (!checked.ok) return setError(text.fix);
    setError(null);
    setBusy(true);
    try {
      setFields(settingsToFields(await api.update(checked.value)));
      setStatus(text.saved);
    } catch (failure) {
      setError(failureText(strings, failure));
    } finally {
      setBusy(false);
    }
  };

  const numberField = (name: NumberField) => {
    const bad = invalid.includes(name);
    return (
      <div class="field">
        <label for={`${id}-${name}`}>{text.numberLabel[name]}</label>
        <input
          id={`${id}-${name}`}
          type="text"
          inputMode={NUMBER_LIMITS[name].integer ? 'numeric' : 'decimal'}
          value={fields[name]}
          aria-invalid={bad || undefined}
          aria-describedby={`${id}-${name}-hint${bad ? ` ${id}-${name}-error` : ''}`}
          onInput={(event) => change({ [name]: event.currentTarget.value })}
        />
        <p id={`${id}-${name}-hint`} class="field-hint">{text.numberHint[name]}</p>
        {bad && <p id={`${id}-${name}-error`} class="field-error">{text.badNumber(NUMBER_LIMITS[name].max, NUMBER_LIMITS[name].integer)}</p>}
      </div>
    );
  };

  return (
    <section class="intent-admin" aria-labelledby="routing-admin-title">
      {header}
      <form aria-label={text.form} noValidate onSubmit={(event) => (event.preventDefault(), void save())}>
        {error && <p role="alert">{error}</p>}
        {status && <p role="status">{status}</p>}
        <div class="field">
          <label for={`${id}-algorithm`}>{text.algorithm}</label>
          <select id={`${id}-algorithm`} value={fields.algorithm} aria-describedby={`${id}-algorithm-hint`} onChange={(event) => change({ algorithm: event.currentTarget.value as RoutingAlgorithm })}>
            {ALGORITHMS.map((algorithm) => (
              <option key={algorithm} value={algorithm}>{text.algorithms[algorithm]}</option>
            ))}
          </select>
          <p id={`${id}-algorithm-hint`} class="field-hint">{text.algorithmHint}</p>
        </div>
        <label class="checkbox">
          <input type="checkbox" checked={fields.preferLastAgent} aria-describedby={`${id}-prefer-hint`} onChange={(event) => change({ preferLastAgent: event.currentTarget.checked })} />
          {text.preferLast}
        </label>
        <p id={`${id}-prefer-hint`} class="field-hint">{text.preferLastHint}</p>
        {numberField('teamFallbackSeconds')}
        {numberField('reopenWindowMinutes')}
        {numberField('agentGraceSeconds')}
        <BusinessHoursFields fields={fields} invalid={invalid} onChange={change} />
        <fieldset>
          <legend>{text.politeTitle}</legend>
          <div class="field">
            <label for={`${id}-phrases`}>{text.phrases}</label>
            <textarea
              id={`${id}-phrases`}
              rows={6}
              value={fields.phrases}
              aria-invalid={invalid.includes('phrases') || undefined}
              aria-describedby={`${id}-phrases-hint${invalid.includes('phrases') ? ` ${id}-phrases-error` : ''}`}
              onInput={(event) => change({ phrases: event.currentTarget.value })}
            />
            <p id={`${id}-phrases-hint`} class="field-hint">{text.phrasesHint}</p>
            {invalid.includes('phrases') && <p id={`${id}-phrases-error`} class="field-error">{text.badPhrases}</p>}
          </div>
          <button type="button" onClick={() => change({ phrases: DEFAULT_POLITE_GUARD_PHRASES.join('\n') })}>{text.restore}</button>
        </fieldset>
        <button type="submit" disabled={busy}>{text.save}</button>
      </form>
      <IdentitySecretPanel api={identity} />
    </section>
  );
}
