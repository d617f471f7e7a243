import { StringsContext, stringsFor } from '../i18n';
import { render, screen } from '@testing-library/preact';
import { HandoffSummary } from './HandoffSummary';

describe('the handoff context card', () => {
  it('shows why the bot handed over, what it detected and what it answered, as text', () => {
    render(
      <HandoffSummary
        handoff={{ reason: 'low_confidence', intents: [{ name: 'refund', confidence: 0.81 }], botAnswers: ['<b>환불</b>은 7일 이내에 가능합니다.'], at: '2026-11-24T01:00:00Z' }}
      />,
    );
    const card = screen.getByRole('complementary');
    expect(card.textContent).toContain('Refund (81%)');
    expect(screen.getByText('<b>환불</b>은 7일 이내에 가능합니다.')).toBeTruthy();
    expect(card.querySelector('b')).toBeNull();
  });

  it('names intents by their display name in the agent\'s language, and makes unknown ids readable', () => {
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <HandoffSummary handoff={{ reason: 'visitor_request', intents: [{ name: 'shipping', confidence: 0.63 }, { name: 'gift_wrap', confidence: 0.4 }], botAnswers: [], at: '2026-11-24T01:00:00Z' }} />
      </StringsContext.Provider>,
    );
    const card = screen.getByRole('complementary', { name: '챗봇이 넘긴 대화' });
    expect(card.textContent).toContain('배송 문의 (63%)');
    expect(card.textContent).toContain('Gift wrap (40%)');
    expect(card.textContent).not.toContain('shipping');
  });

  describe.each([
    ['ko', '선물 포장 (72%)', '배송 문의 (63%)', 'Gift card (40%)'],
    ['en', 'Gift wrapping (72%)', 'Delivery questions (63%)', 'Gift card (40%)'],
  ] as const)('in %s', (locale, written, renamedSeed, onlyOtherLanguage) => {
    it('shows the admin’s display names in the agent’s language, never an intent id', () => {
      render(
        <StringsContext.Provider value={stringsFor(locale)}>
          <HandoffSummary
            handoff={{
              reason: 'visitor_request',
              intents: [
                { name: 'gift_wrap', confidence: 0.72, displayName: { ko: '선물 포장', en: 'Gift wrapping' } },
                { name: 'shipping', confidence: 0.63, displayName: { ko: '', en: 'Delivery questions' } },
                { name: 'gift_card', confidence: 0.4, displayName: { ko: '', en: 'Gift card' } },
              ],
              botAnswers: [],
              at: '2026-11-24T01:00:00Z',
            }}
          />
        </StringsContext.Provider>,
      );
      const card = screen.getByRole('complementary', { name: stringsFor(locale).handoffTitle });
      expect(card.textContent).toContain(written);
      // Korean: no Korean name written for shipping, so the catalogue's; English: the admin's own.
      expect(card.textContent).toContain(renamedSeed);
      expect(card.textContent).toContain(onlyOtherLanguage);
      expect(card.textContent).not.toMatch(/gift_wrap|gift_card|shipping/);
    });
  });
});
