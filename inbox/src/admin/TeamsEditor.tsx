/**
 * The site's teams (departments): add and remove names. Saved at once through
 * PUT /api/settings `teams`; conversations, intents and agents route by these names.
 */
import { useState } from 'preact/hooks';
import type { Agent } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { failureText } from './failure-text';

const MAX_TEAMS = 100;

const texts = {
  en: {
    title: 'Teams',
    hint: 'Agents, bot intents and the pre-chat topic choice use these names. Removing a team leaves agents who are in it unchanged.',
    members: (count: number) => (count === 1 ? '1 agent' : `${count} agents`),
    empty: 'No teams yet.',
    invalid: 'A team name has 1–60 characters.',
    duplicate: (team: string) => `There is already a team called “${team}”.`,
    tooMany: `A site has at most ${MAX_TEAMS} teams.`,
    added: (team: string) => `Added team ${team}.`,
    removed: (team: string) => `Removed team ${team}.`,
    list: 'Site teams',
    remove: (team: string) => `Remove team ${team}`,
    add: 'Add team',
    newTeam: 'New team',
  },
  ko: {
    title: '팀',
    hint: '상담원, 챗봇 의도, 상담 전 문의 주제 선택에 이 이름이 쓰입니다. 팀을 지워도 그 팀에 속한 상담원 설정은 바뀌지 않습니다.',
    members: (count: number) => `상담원 ${count}명`,
    empty: '아직 팀이 없습니다.',
    invalid: '팀 이름은 1~60자로 입력해 주세요.',
    duplicate: (team: string) => `“${team}” 팀이 이미 있습니다.`,
    tooMany: `팀은 최대 ${MAX_TEAMS}개까지 만들 수 있습니다.`,
    added: (team: string) => `${team} 팀을 추가했습니다.`,
    removed: (team: string) => `${team} 팀을 삭제했습니다.`,
    list: '사이트의 팀',
    remove: (team: string) => `${team} 팀 삭제`,
    add: '팀 추가',
    newTeam: '새 팀',
  },
};

interface TeamsEditorProps {
  teams: string[];
  agents: Agent[];
  /** Rejects to keep the typed name and show the reason. */
  save: (teams: string[]) => Promise<void>;
}

export function TeamsEditor({ teams, agents, save }: TeamsEditorProps) {
  const strings = useStrings();
  const text = texts[strings.locale];
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const apply = async (next: string[], done: string) => {
    setError(null);
    setStatus(null);
    try {
      await save(next);
      setStatus(done);
      return true;
    } catch (failure) {
      setError(failureText(strings, failure));
      return false;
    }
  };

  const add = async () => {
    const team = draft.trim();
    if (team.length === 0 || team.length > 60) return setError(text.invalid);
    const existing = teams.find((other) => other.toLowerCase() === team.toLowerCase());
    if (existing) return setError(text.duplicate(existing));
    if (teams.length >= MAX_TEAMS) return setError(text.tooMany);
    if (await apply([...teams, team], text.added(team))) setDraft('');
  };

  return (
    <section aria-labelledby="teams-editor-title" class="admin-panel">
      <h3 id="teams-editor-title">{text.title}</h3>
      <p class="field-hint">{text.hint}</p>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      {teams.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <ul aria-label={text.list} class="team-list">
          {teams.map((team) => (
            <li key={team}>
              <span>{team}</span> <span class="field-hint">{text.members(agents.filter((agent) => agent.teams.includes(team)).length)}</span>{' '}
              <button type="button" aria-label={text.remove(team)} onClick={() => void apply(teams.filter((other) => other !== team), text.removed(team))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form aria-label={text.add} class="inline-form" onSubmit={(event) => (event.preventDefault(), void add())}>
        <label>
          {text.newTeam}
          <input type="text" maxLength={60} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">{text.add}</button>
      </form>
    </section>
  );
}
