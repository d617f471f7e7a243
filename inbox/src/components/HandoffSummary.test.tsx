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
    expect(card.textContent).toContain('refund (81%)');
    expect(screen.getByText('<b>환불</b>은 7일 이내에 가능합니다.')).toBeTruthy();
    expect(card.querySelector('b')).toBeNull();
  });
});
