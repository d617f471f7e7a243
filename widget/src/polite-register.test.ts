/**
 * Parley speaks to Korean customers in the register it teaches agents: every Korean string
 * of the widget, Parley's own notices and the bot's default answers passes the polite-register
 * guard sentence by sentence, and avoids the casual wordings customers read as curt.
 */
import { checkPoliteRegister } from '../../shared/polite-register';
import { DEFAULT_POLITE_GUARD_PHRASES } from '../../shared/settings';
import { systemNoticeTexts } from '../../shared/system-notices';
import { politeClosing } from '../../shared/abuse';
import { seedIntents } from '../../server/bot/seed-intents';
import { stringsFor } from '../../inbox/src/i18n';
import { strings } from './i18n';

/** Casual wordings that are fine between friends and wrong in Parley's own voice. */
const CASUAL = ['고마워요', '고마워', '미안해요', '답해 드릴게요', '답해 드려요', '자리에 없어요', '끝났어요', '없어요', '몰라요', '안 돼요', '안돼요'];

function koreanTexts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'function') return koreanTexts((value as (...args: unknown[]) => unknown)('민아', 2, 3), path);
  if (typeof value === 'string') return /[가-힣]/.test(value) ? [{ path, text: value }] : [];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => koreanTexts(inner, `${path}.${key}`));
  return [];
}

const sources = {
  widget: koreanTexts(strings.ko, 'widget'),
  'inbox notices and errors': koreanTexts({ notices: stringsFor('ko').notices, errors: stringsFor('ko').errors }, 'inbox'),
  'system notices': koreanTexts(Object.fromEntries(Object.entries(systemNoticeTexts).map(([kind, texts]) => [kind, texts.ko])), 'system'),
  'polite closing after abuse': [{ path: 'politeClosing', text: politeClosing.ko }],
  'default bot answers': seedIntents.flatMap((intent) => (intent.answer ? [{ path: intent.name, text: intent.answer.ko }] : [])),
};

const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/).filter(Boolean);

describe.each(Object.entries(sources))('Korean %s', (_name, texts) => {
  it('has something to check', () => {
    expect(texts.length).toBeGreaterThan(0);
  });

  it('passes the polite-register guard in every sentence', () => {
    for (const { path, text } of texts) {
      for (const sentence of sentences(text)) expect(checkPoliteRegister(sentence, DEFAULT_POLITE_GUARD_PHRASES).curt, `${path}: ${sentence}`).toBe(false);
    }
  });

  it('uses none of the casual wordings', () => {
    for (const { path, text } of texts) {
      for (const casual of CASUAL) expect(text.includes(casual), `${path} says “${casual}”: ${text}`).toBe(false);
    }
  });
});

it('the guard itself catches a curt catalogue sentence', () => {
  expect(checkPoliteRegister('없어요.', DEFAULT_POLITE_GUARD_PHRASES).curt).toBe(true);
});
