import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type * as preact from 'preact';
import { HandoffSummary } from '../components/HandoffSummary';
import { MessageItem } from '../components/MessageItem';
import { message } from '../testing/fixtures';
import { stringsFor, StringsContext } from '../i18n';
import { fakeLearningApi } from './fake-learning-api';
import { LearningApiContext } from './learning-api';
import { WrongAnswer } from './WrongAnswer';

function renderControl(locale: 'en' | 'ko', fake = fakeLearningApi(), seq: number | null = 4) {
  render(
    <StringsContext.Provider value={stringsFor(locale)}>
      <LearningApiContext.Provider value={fake.api}>
        <WrongAnswer conversationId="c1" {...(seq ? { seq } : {})} />
      </LearningApiContext.Provider>
    </StringsContext.Provider>,
  );
  return fake;
}

describe('the wrong-answer control', () => {
  it('lets an agent pick the right intent and sends the answer marked wrong (English)', async () => {
    const fake = renderControl('en');
    fireEvent.click(screen.getByRole('button', { name: 'Wrong answer' }));
    const picker = (await screen.findByRole('combobox', { name: 'The right intent' })) as HTMLSelectElement;
    await waitFor(() => expect(picker.disabled).toBe(false));
    expect([...picker.options].map((option) => option.text)).toEqual(['Store locations', 'Gift wrapping', 'New intent']);
    fireEvent.change(picker, { target: { value: 'gift_wrap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Suggest' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Thank you. An admin will review this before the bot learns it.');
    expect(fake.calls.suggested).toEqual([{ conversationId: 'c1', seq: 4, intent: 'gift_wrap' }]);
  });

  it('offers "new intent" in Korean and sends no seq from the handoff card', async () => {
    const fake = renderControl('ko', fakeLearningApi(), null);
    fireEvent.click(screen.getByRole('button', { name: '답변이 틀렸어요' }));
    const picker = (await screen.findByRole('combobox', { name: '맞는 의도' })) as HTMLSelectElement;
    await waitFor(() => expect(picker.disabled).toBe(false));
    expect([...picker.options].map((option) => option.text)).toEqual(['매장 위치', '선물 포장', '새 의도']);
    fireEvent.change(picker, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '제안하기' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '감사합니다. 관리자가 검토한 뒤 챗봇이 학습합니다.');
    expect(fake.calls.suggested).toEqual([{ conversationId: 'c1', intent: null }]);
  });

  it('says why a suggestion was refused and keeps the form open', async () => {
    renderControl('en', fakeLearningApi({ failSuggest: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Wrong answer' }));
    const submit = await screen.findByRole('button', { name: 'Suggest' });
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(submit);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^That did not work: /);
    expect(screen.getByRole('form', { name: 'Wrong answer' })).toBeTruthy();
  });

  it('is not shown without a learning API (a visitor-facing or signed-out view)', () => {
    render(<WrongAnswer conversationId="c1" seq={2} />);
    expect(screen.queryByRole('button', { name: 'Wrong answer' })).toBeNull();
  });
});

describe('where the control appears', () => {
  const withApi = (children: preact.ComponentChildren, locale: 'en' | 'ko' = 'en') =>
    render(
      <StringsContext.Provider value={stringsFor(locale)}>
        <LearningApiContext.Provider value={fakeLearningApi().api}>{children}</LearningApiContext.Provider>
      </StringsContext.Provider>,
    );

  it('on the handoff card (Korean), marking how the bot handled the question', async () => {
    withApi(<HandoffSummary conversationId="c1" handoff={{ reason: 'low_confidence', intents: [], botAnswers: [], at: '2026-11-24T01:00:00Z' }} />, 'ko');
    const card = screen.getByRole('complementary', { name: '챗봇이 넘긴 대화' });
    expect(within(card).getByRole('button', { name: '답변이 틀렸어요' })).toBeTruthy();
  });

  it("under the bot's messages in a transcript, not under the visitor's or an agent's", () => {
    const entry = (seq: number, kind: 'bot' | 'visitor' | 'agent') => ({ ...message({ conversationId: 'c1', seq, author: { kind, id: null, name: null }, text: `${kind} says` }), delivery: 'sent' as const });
    withApi(
      <ul>
        <MessageItem entry={entry(1, 'visitor')} selfAgentId="a" onRetry={() => {}} />
        <MessageItem entry={entry(2, 'bot')} selfAgentId="a" onRetry={() => {}} />
        <MessageItem entry={entry(3, 'agent')} selfAgentId="a" onRetry={() => {}} />
      </ul>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => within(item).queryByRole('button', { name: 'Wrong answer' }) !== null)).toEqual([false, true, false]);
  });
});
