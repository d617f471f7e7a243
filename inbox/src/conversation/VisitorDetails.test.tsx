import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { conversation } from '../testing/fixtures';
import { fakeApis, visitor } from '../testing/fake-apis';
import { fakeConnection } from '../testing/fake-connection';
import { VisitorDetails } from './VisitorDetails';

const jisoo = visitor({
  id: 'v00000000000000000000042',
  name: '김지수',
  email: 'jisoo@example.com',
  pageUrl: 'https://shop.example.com/orders/17',
  pageTitle: '주문 상세',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  attributes: { plan: 'pro' },
});
const current = conversation({ id: 'c-now', visitorId: jisoo.id });
const earlier = conversation({ id: 'c-before', visitorId: jisoo.id, status: 'closed', lastMessagePreview: '배송 언제 오나요?' });

function renderDetails() {
  const connection = fakeConnection();
  const onOpenConversation = vi.fn();
  const apis = fakeApis({ visitors: [{ visitor: jisoo, previousConversations: [current, earlier] }] });
  render(<VisitorDetails visitorId={jisoo.id} conversationId="c-now" api={apis.visitors} connection={connection} onOpenConversation={onOpenConversation} />);
  return { connection, onOpenConversation };
}

describe('visitor details beside the transcript', () => {
  it('shows who the visitor is, where they are and what they use', async () => {
    renderDetails();
    const details = within(screen.getByRole('region', { name: 'Visitor details' }));
    expect(await details.findByText('김지수')).toBeTruthy();
    expect(details.getByText('jisoo@example.com')).toBeTruthy();
    expect(details.getByRole('link', { name: '주문 상세' }).getAttribute('href')).toBe('https://shop.example.com/orders/17');
    expect(details.getByText('Chrome 131 on Windows')).toBeTruthy();
    expect(details.getByText('Korean')).toBeTruthy();
    expect(details.getByText('pro')).toBeTruthy();
  });

  it('links earlier conversations, leaving out the one on screen', async () => {
    const { onOpenConversation } = renderDetails();
    fireEvent.click(await screen.findByRole('button', { name: '배송 언제 오나요?' }));
    expect(onOpenConversation).toHaveBeenCalledWith('c-before');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('follows the visitor to another page live', async () => {
    const { connection } = renderDetails();
    await screen.findByText('김지수');
    act(() => connection.pushVisitor({ ...jisoo, pageUrl: 'https://shop.example.com/cart', pageTitle: '장바구니' }));
    expect(screen.getByRole('link', { name: '장바구니' })).toBeTruthy();
    act(() => connection.pushVisitor(visitor({ id: 'v00000000000000000000099', pageTitle: 'someone else' })));
    expect(screen.queryByText('someone else')).toBeNull();
  });

  it('never makes a link of a page address that is not http(s)', async () => {
    const connection = fakeConnection();
    const sly = visitor({ id: jisoo.id, pageUrl: 'javascript:alert(1)', pageTitle: 'click me' });
    const apis = fakeApis({ visitors: [{ visitor: sly, previousConversations: [] }] });
    render(<VisitorDetails visitorId={jisoo.id} conversationId="c-now" api={apis.visitors} connection={connection} onOpenConversation={vi.fn()} />);
    expect(await screen.findByText('javascript:alert(1)')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
