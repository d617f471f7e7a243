import { displayName, intentNamed, routeHandoff } from './bot-policy';

describe('intent display names', () => {
  const refund = { name: 'refund_request', displayName: { ko: '환불 안내', en: '' } };

  it('uses the admin’s name in the visitor’s language, the other language’s, else the readable id', () => {
    expect(displayName(refund, 'ko')).toBe('환불 안내');
    expect(displayName(refund, 'en')).toBe('환불 안내');
    expect(displayName({ name: 'gift_wrap' }, 'en')).toBe('Gift wrap');
  });

  it('recognises a pressed quick reply by its display name, ignoring case and spaces around it', () => {
    expect(intentNamed(' 환불 안내 ', [refund])).toBe('refund_request');
    expect(intentNamed('환불 안내 부탁해요', [refund])).toBeNull();
    expect(intentNamed('', [{ name: 'empty', displayName: { ko: '', en: '' } }])).toBeNull();
  });
});

describe('where a request for a person goes', () => {
  it('queues only when it is business hours and an agent can take it; otherwise a message, saying why', () => {
    expect(routeHandoff({ withinBusinessHours: true, agentsOnline: 1 })).toEqual({ kind: 'queue' });
    expect(routeHandoff({ withinBusinessHours: true, agentsOnline: 0 })).toEqual({ kind: 'message', why: 'nobodyOnline' });
    expect(routeHandoff({ withinBusinessHours: false, agentsOnline: 3 })).toEqual({ kind: 'message', why: 'afterHours' });
  });
});
