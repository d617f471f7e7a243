/** The NPS question after the rating, in the panel, found by role and name in both languages. */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { aConfig, aConversation, fakeChat } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

const asking = aConfig({ widget: { nps: { enabled: true } } });
/** A closed conversation whose fake connection stores ratings as the server would. */
const closed = (overrides = {}) => {
  let conversation = aConversation({ id: 'c'.repeat(24), status: 'closed', resolution: 'agent', ...overrides });
  const chat = fakeChat({ conversation });
  vi.mocked(chat.rate).mockImplementation(async (score: number, comment: string, nps?: boolean) => {
    conversation = nps ? { ...conversation, nps: score } : { ...conversation, csat: { score, comment: comment || null } };
    chat.setState({ conversation });
    return true;
  });
  return chat;
};

describe('NPS question', () => {
  it('follows the rating with eleven named choices 0–10 and sends the chosen one', async () => {
    const chat = closed();
    renderPanel(chat, { config: asking });
    expect(screen.queryByRole('group', { name: 'Would you recommend us?' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '5 out of 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    await waitFor(() => expect(chat.rate).toHaveBeenCalled());
    const question = await screen.findByRole('group', { name: 'Would you recommend us?' });
    const choices = Array.from({ length: 11 }, (_, score) => screen.getByRole('radio', { name: `${score} out of 10` }));
    expect(choices.every((choice) => question.contains(choice))).toBe(true);
    const send = screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.click(choices[0]!);
    expect(send.disabled).toBe(false);
    fireEvent.click(choices[9]!);
    fireEvent.click(send);
    await waitFor(() => expect(screen.queryByRole('radio', { name: '9 out of 10' })).toBeNull());
    expect(chat.rate).toHaveBeenLastCalledWith(9, '', true);
    expect(screen.getByText('Thanks for your feedback!')).toBeTruthy();
  });

  it('asks in Korean and can be skipped', async () => {
    const chat = closed({ csat: { score: 4, comment: null } });
    renderPanel(chat, { config: asking, locale: 'ko' });
    const question = screen.getByRole('group', { name: '고객님, 저희를 추천하시겠습니까?' });
    expect(question.contains(screen.getByRole('radio', { name: '10점 중 0점' }))).toBe(true);
    expect(screen.getByRole('radio', { name: '10점 중 10점' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '닫기' }));
    await waitFor(() => expect(screen.queryByRole('radio', { name: '10점 중 0점' })).toBeNull());
    expect(chat.rate).not.toHaveBeenCalled();
  });

  it('is not asked where the site does not ask it, before the rating, or once answered', () => {
    renderPanel(closed({ csat: { score: 4, comment: null } }));
    expect(screen.queryByRole('radio', { name: '0 out of 10' })).toBeNull();
    document.body.innerHTML = '';
    renderPanel(closed(), { config: asking });
    expect(screen.queryByRole('radio', { name: '0 out of 10' })).toBeNull();
    document.body.innerHTML = '';
    renderPanel(closed({ csat: { score: 4, comment: null }, nps: 0 }), { config: asking });
    expect(screen.queryByRole('radio', { name: '0 out of 10' })).toBeNull();
  });
});
