import { screen } from '@testing-library/preact';
import { shouldRetryRefusal } from '../lib/connection-rules';
import { fakeChat } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

describe('a visitor an agent blocked for abuse', () => {
  it('is told politely, in Korean, that chat is paused for a while', () => {
    renderPanel(fakeChat({ status: 'unavailable', refusal: 'PARLEY_ERR_VISITOR_BLOCKED' }), { locale: 'ko' });
    expect(screen.getByRole('status').textContent).toBe('고객님, 상담원에 대한 욕설이나 위협으로 상담이 잠시 제한되었습니다. 시간이 지난 뒤 다시 문의해 주시기 바랍니다.');
  });

  it('is told in English too', () => {
    renderPanel(fakeChat({ status: 'unavailable', refusal: 'PARLEY_ERR_VISITOR_BLOCKED' }));
    expect(screen.getByRole('status').textContent).toBe('Chat is paused for a while because of abusive messages to our agents. Please contact us again later.');
  });

  it('does not reconnect again and again while blocked (the block lasts hours)', () => {
    expect(shouldRetryRefusal('PARLEY_ERR_VISITOR_BLOCKED')).toBe(false);
  });
});
