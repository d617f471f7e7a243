import { systemNoticeTexts } from '../../../shared/system-notices';
import { stringsFor } from '../i18n';
import { systemLine } from './system-line';

describe('Parley notices in the agent’s language', () => {
  it('says a notice stored in Korean in English to an English-speaking agent, keeping the agent’s name', () => {
    expect(systemLine(stringsFor('en'), systemNoticeTexts.assigned.ko('김하늘'))).toBe('김하늘 joined the conversation.');
    expect(systemLine(stringsFor('en'), systemNoticeTexts.closed.ko)).toBe('The conversation was closed.');
  });

  it('says a notice stored in English in Korean to a Korean-speaking agent', () => {
    expect(systemLine(stringsFor('ko'), systemNoticeTexts.assigned.en('Mina'))).toBe('Mina님이 대화에 참여했습니다.');
    expect(systemLine(stringsFor('ko'), systemNoticeTexts.queued.en)).toBe('방문자가 상담원 연결을 기다리고 있습니다.');
  });

  it('recognises every notice in both languages', () => {
    const en = stringsFor('en');
    for (const kind of Object.keys(systemNoticeTexts) as (keyof typeof systemNoticeTexts)[]) {
      const expected = en.notices[kind];
      for (const text of Object.values(systemNoticeTexts[kind])) {
        const stored = typeof text === 'function' ? text('Jun') : text;
        expect(systemLine(en, stored), `${kind}: ${stored}`).toBe(typeof expected === 'function' ? expected('Jun') : expected);
      }
    }
  });

  it('shows a line Parley does not know as written', () => {
    expect(systemLine(stringsFor('ko'), 'Custom note from a plugin')).toBe('Custom note from a plugin');
  });
});
