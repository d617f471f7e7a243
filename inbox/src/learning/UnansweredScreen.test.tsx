import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { UnansweredOverview } from '../../../shared/learning';
import { stringsFor, StringsContext } from '../i18n';
import { fakeLearningApi } from './fake-learning-api';
import { UnansweredScreen } from './UnansweredScreen';

const overview: UnansweredOverview = {
  total: 5,
  clusters: [
    { id: 'q1', count: 3, samples: ['쇼룸 있어요?', 'is there a showroom?', '쇼룸 가도 되나요'], questionIds: ['q1', 'q2', 'q3'], lastAt: '2026-03-01T00:00:00.000Z', mode: 'semantic' },
    { id: 'q4', count: 2, samples: ['bitcoin price?'], questionIds: ['q4', 'q5'], lastAt: '2026-03-01T00:00:00.000Z', mode: 'semantic' },
  ],
};
const suggestion = { id: 's1', conversationId: 'c1', question: '선물 포장 되나요', intent: 'gift_wrap', suggestedBy: { id: 'a', name: 'Mina' }, at: '2026-03-01T00:00:00.000Z' };

function renderScreen(locale: 'en' | 'ko', fake = fakeLearningApi({ overview, suggestions: [suggestion, { ...suggestion, id: 's2', question: '화성 가는 표', intent: null }] })) {
  render(
    <StringsContext.Provider value={stringsFor(locale)}>
      <UnansweredScreen api={fake.api} onClose={() => {}} />
    </StringsContext.Provider>,
  );
  return fake;
}

describe('the unanswered-questions screen', () => {
  it('shows clusters most frequent first with counts and samples, and makes an intent in two clicks (English)', async () => {
    const fake = renderScreen('en');
    const list = await screen.findByRole('list', { name: 'Question clusters, most frequent first' });
    const items = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(items.map((item) => item.querySelector('.learning-question')?.textContent)).toEqual(['쇼룸 있어요? · Asked 3 times', 'bitcoin price? · Asked 2 times']);
    expect(within(items[0]!).getByText('is there a showroom?')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Make intent from "쇼룸 있어요?"' }));
    const form = screen.getByRole('form', { name: 'Make intent' });
    expect((within(form).getByRole('textbox', { name: 'Display name (Korean)' }) as HTMLInputElement).value).toBe('쇼룸 있어요?');
    fireEvent.input(within(form).getByRole('textbox', { name: 'Intent name (a–z, 0–9, _)' }), { target: { value: 'showroom' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save intent' }));
    await waitFor(() => expect(fake.calls.toIntent).toHaveLength(1));
    expect(fake.calls.toIntent[0]).toEqual({ questionIds: ['q1', 'q2', 'q3'], newIntent: { name: 'showroom', displayName: { ko: '쇼룸 있어요?', en: '' }, answer: { ko: '', en: '' } } });
    expect(await screen.findByText('Saved: the bot is learning "showroom".')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('쇼룸 있어요? · Asked 3 times')).toBeNull());
  });

  it('adds a cluster to an existing intent and dismisses another (Korean)', async () => {
    const fake = renderScreen('ko');
    fireEvent.click(await screen.findByRole('button', { name: '"쇼룸 있어요?"을(를) 의도에 추가' }));
    const form = screen.getByRole('form', { name: '의도에 추가' });
    fireEvent.change(within(form).getByRole('combobox', { name: '의도' }), { target: { value: 'gift_wrap' } });
    fireEvent.click(within(form).getByRole('button', { name: '예문 추가' }));
    await waitFor(() => expect(fake.calls.toIntent).toEqual([{ questionIds: ['q1', 'q2', 'q3'], intent: 'gift_wrap' }]));
    fireEvent.click(await screen.findByRole('button', { name: '"bitcoin price?" 넘기기' }));
    await waitFor(() => expect(fake.calls.dismissed).toEqual([['q4', 'q5']]));
    expect(await screen.findByText('지금 보관된 답하지 못한 질문이 없습니다.')).toBeTruthy();
  });

  it("reviews agents' corrections: accept into the named intent, a new intent, or reject", async () => {
    const fake = renderScreen('en');
    const review = await screen.findByRole('region', { name: "Agents' corrections" });
    expect(within(review).getByText('Should be: Gift wrapping · Suggested by Mina')).toBeTruthy();
    fireEvent.click(within(review).getByRole('button', { name: 'Accept "선물 포장 되나요"' }));
    await waitFor(() => expect(fake.calls.accepted).toEqual([['s1', { intent: 'gift_wrap' }]]));
    fireEvent.click(await screen.findByRole('button', { name: 'Accept "화성 가는 표"' }));
    const draft = screen.getByRole('form', { name: 'Make intent' });
    fireEvent.input(within(draft).getByRole('textbox', { name: 'Intent name (a–z, 0–9, _)' }), { target: { value: 'mars_trips' } });
    fireEvent.click(within(draft).getByRole('button', { name: 'Save intent' }));
    await waitFor(() => expect(fake.calls.accepted[1]).toEqual(['s2', { newIntent: { name: 'mars_trips', displayName: { ko: '화성 가는 표', en: '' }, answer: { ko: '', en: '' } } }]));
  });

  it('rejects a correction in Korean', async () => {
    const fake = renderScreen('ko');
    fireEvent.click(await screen.findByRole('button', { name: '"선물 포장 되나요" 거절' }));
    await waitFor(() => expect(fake.calls.rejected).toEqual(['s1']));
    expect(await screen.findByText('거절했습니다.')).toBeTruthy();
  });
});
