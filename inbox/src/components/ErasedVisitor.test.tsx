/** An erased visitor reads as "Erased visitor" / "삭제된 방문자" in the list and the tabs, not only in the visitor panel. */
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import type { Locale } from '../../../shared/domain';
import { StringsContext, stringsFor } from '../i18n';
import { memoryStorage } from '../lib/storage';
import { fakeApis, visitor } from '../testing/fake-apis';
import { fakeConnection } from '../testing/fake-connection';
import { agentMina, assignedTo, conversation } from '../testing/fixtures';
import { Inbox } from './Inbox';

const silent = { notification: undefined, playSound: () => {} };
const erased = conversation({ id: 'c1', visitorId: 'v-erased', visitorName: null, visitorErased: true, status: 'closed', lastMessagePreview: null });
const jisoo = conversation({ id: 'c2', visitorId: 'v-jisoo', visitorName: 'Jisoo', ...assignedTo(agentMina), lastSeq: 1, lastMessagePreview: '환불하고 싶어요' });

function renderInbox(locale: Locale, conversations = [erased, jisoo]) {
  const connection = fakeConnection({ conversations });
  render(
    <StringsContext.Provider value={stringsFor(locale)}>
      <Inbox connection={connection} agent={agentMina} storage={memoryStorage()} apis={fakeApis()} alertOutputs={silent} onSignOut={vi.fn()} />
    </StringsContext.Provider>,
  );
  return connection;
}

describe('an erased visitor in the inbox', () => {
  it('is listed and tabbed as "Erased visitor" in English', async () => {
    renderInbox('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Closed' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Erased visitor/ }));
    expect(await screen.findByRole('tab', { name: 'Erased visitor' })).toBeTruthy();
    expect(screen.queryByText(/Visitor #/)).toBeNull();
  });

  it('is listed and tabbed as "삭제된 방문자" in Korean', async () => {
    renderInbox('ko');
    fireEvent.click(await screen.findByRole('button', { name: '종료된 대화' }));
    fireEvent.click(await screen.findByRole('button', { name: /^삭제된 방문자/ }));
    expect(await screen.findByRole('tab', { name: '삭제된 방문자' })).toBeTruthy();
    expect(screen.queryByText(/방문자 #/)).toBeNull();
  });

  it('loses their name in the list and the open tab the moment an admin erases them', async () => {
    const connection = renderInbox('ko', [jisoo]);
    const mine = within(await screen.findByRole('region', { name: /^내 대화/ }));
    fireEvent.click(await mine.findByRole('button', { name: /^Jisoo/ }));
    expect(await screen.findByRole('tab', { name: 'Jisoo' })).toBeTruthy();

    act(() => connection.pushVisitor(visitor({ id: 'v-jisoo', name: null, erasedAt: '2025-01-06T02:00:00.000Z' })));
    expect(mine.getByRole('button', { name: /^삭제된 방문자/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '삭제된 방문자' })).toBeTruthy();
    expect(screen.queryByText('Jisoo')).toBeNull();
  });

  it('keeps a named visitor whose details merely changed', async () => {
    const connection = renderInbox('en', [jisoo]);
    await screen.findByRole('button', { name: /^Jisoo/ });
    act(() => connection.pushVisitor(visitor({ id: 'v-jisoo', name: 'Jisoo', pageUrl: 'https://shop.example.com/cart' })));
    expect(screen.getByRole('button', { name: /^Jisoo/ })).toBeTruthy();
  });
});
