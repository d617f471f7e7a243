import { fireEvent, render, screen, within } from '@testing-library/preact';
import { agentMina, assignedTo, conversation } from '../testing/fixtures';
import { listSections, visitorLabel } from '../lib/conversations';
import { ConversationList } from './ConversationList';

const mine = conversation({ id: 'mine', visitorName: 'Jisoo', lastMessagePreview: '환불하고 싶어요', ...assignedTo(agentMina) });
const queued = conversation({ id: 'queued', visitorId: 'v0000000000000000000abcd', lastMessagePreview: 'Where is my parcel?' });
const anonymous = visitorLabel(queued);
const withBot = conversation({ id: 'bot', visitorName: 'Hana', status: 'bot', lastMessagePreview: '영업시간이 어떻게 되나요?' });

function renderList(overrides: Partial<Parameters<typeof ConversationList>[0]> = {}) {
  const props = {
    sections: listSections({ mine, queued, bot: withBot }, agentMina.id),
    unread: (id: string) => (id === 'mine' ? 2 : 0),
    activeId: null,
    loaded: true,
    onOpen: vi.fn(),
    onTake: vi.fn(),
    ...overrides,
  };
  render(<ConversationList {...props} />);
  return props;
}

describe('ConversationList', () => {
  it('shows the agent’s conversations, the queue and the bot’s conversations in their own sections', () => {
    renderList();
    const section = (name: RegExp) => within(screen.getByRole('region', { name }));
    expect(section(/^Mine/).getByRole('button', { name: /Jisoo/ })).toBeTruthy();
    expect(section(/^Queue/).getByRole('button', { name: new RegExp(`^${anonymous}`) })).toBeTruthy();
    expect(section(/^With the bot/).getByRole('button', { name: /Hana/ })).toBeTruthy();
  });

  it('names each row by visitor, last message, status, waiting time and unread count', () => {
    vi.useFakeTimers({ now: Date.parse(queued.queuedAt!) + 7.5 * 60_000, toFake: ['Date'] });
    try {
      renderList();
      expect(screen.getByRole('button', { name: 'Jisoo 환불하고 싶어요 assigned 2 unread messages' })).toBeTruthy();
      expect(screen.getByRole('button', { name: `${anonymous} Where is my parcel? waiting waiting 7 min` })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('switches to a filter, showing only that view with the chosen button pressed', () => {
    const closed = conversation({ id: 'closed', visitorName: 'Yuna', status: 'closed', tags: ['refund'] });
    const onView = vi.fn();
    renderList({ view: 'closed', onView, filtered: [closed] });
    const filters = within(screen.getByRole('group', { name: 'Show' }));
    expect(filters.getByRole('button', { name: 'Closed' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByRole('region', { name: /^Mine/ })).toBeNull();
    expect(within(screen.getByRole('region', { name: /^Closed/ })).getByRole('button', { name: /^Yuna .*closed refund/ })).toBeTruthy();
    fireEvent.click(filters.getByRole('button', { name: 'Team' }));
    expect(onView).toHaveBeenCalledWith('team');
  });

  it('opens a conversation when its row is pressed', () => {
    const { onOpen } = renderList();
    fireEvent.click(screen.getByRole('button', { name: /^Hana/ }));
    expect(onOpen).toHaveBeenCalledWith('bot');
  });

  it('offers Take only on queued rows, and calls back with the conversation', () => {
    const { onTake } = renderList();
    expect(screen.getAllByRole('button', { name: /^Take conversation from/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: `Take conversation from ${anonymous}` }));
    expect(onTake).toHaveBeenCalledWith('queued');
  });

  it('shows a list error as an alert', () => {
    renderList({ error: 'Parley cannot be reached.' });
    expect(screen.getByRole('alert').textContent).toBe('Parley cannot be reached.');
  });
});
