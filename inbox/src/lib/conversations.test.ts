import { stringsFor } from '../i18n';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { applyMessage, listSections, replaceList, upsertConversation, visitorLabel } from './conversations';

describe('visitorLabel', () => {
  it('names the visitor, or "Visitor #" and a stable number from their whole id, in the reader\'s language', () => {
    expect(visitorLabel({ visitorName: 'Jisoo', visitorId: 'v123456789' })).toBe('Jisoo');
    const anonymous = visitorLabel({ visitorName: null, visitorId: 'v1234567abcd' });
    expect(anonymous).toMatch(/^Visitor #\d{4}$/);
    expect(visitorLabel({ visitorName: '  ', visitorId: 'v1234567abcd' })).toBe(anonymous);
    // Ids that end alike (the old "last four characters") still get different labels.
    expect(visitorLabel({ visitorName: null, visitorId: 'v9999999abcd' })).not.toBe(anonymous);
    expect(visitorLabel({ visitorName: null, visitorId: 'v1234567abcd' }, stringsFor('ko').names)).toBe(anonymous.replace('Visitor', '방문자'));
  });
});

describe('upsertConversation', () => {
  it('adds new conversations and replaces older snapshots', () => {
    const queued = conversation({ id: 'c1' });
    const assigned = { ...queued, ...assignedTo(agentMina), updatedAt: '2025-01-01T09:05:00.000Z' };
    expect(upsertConversation(upsertConversation({}, queued), assigned).c1?.status).toBe('assigned');
  });

  it('ignores a snapshot older than the one held (an ack and a broadcast racing)', () => {
    const newer = conversation({ id: 'c1', status: 'closed', updatedAt: '2025-01-01T09:10:00.000Z' });
    const older = conversation({ id: 'c1', status: 'assigned', updatedAt: '2025-01-01T09:05:00.000Z' });
    expect(upsertConversation({ c1: newer }, older).c1?.status).toBe('closed');
  });

  it('keeps the preview of messages newer than the snapshot', () => {
    const held = conversation({ id: 'c1', lastSeq: 5, lastMessagePreview: 'latest' });
    const snapshot = conversation({ id: 'c1', lastSeq: 3, lastMessagePreview: 'older', updatedAt: '2025-01-01T09:01:00.000Z' });
    expect(upsertConversation({ c1: held }, snapshot).c1).toMatchObject({ lastSeq: 5, lastMessagePreview: 'latest' });
  });
});

describe('applyMessage', () => {
  it('moves the preview and lastSeq forward with each new message', () => {
    const map = { c1: conversation({ id: 'c1', lastSeq: 2, lastMessagePreview: 'old' }) };
    expect(applyMessage(map, message({ conversationId: 'c1', seq: 3, text: 'new' })).c1).toMatchObject({ lastSeq: 3, lastMessagePreview: 'new' });
  });

  it('never previews an internal note and ignores messages already counted', () => {
    const map = { c1: conversation({ id: 'c1', lastSeq: 2, lastMessagePreview: 'visible' }) };
    expect(applyMessage(map, message({ conversationId: 'c1', seq: 3, text: 'secret', internal: true })).c1?.lastMessagePreview).toBe('visible');
    expect(applyMessage(map, message({ conversationId: 'c1', seq: 2 }))).toBe(map);
    expect(applyMessage(map, message({ conversationId: 'unknown', seq: 9 }))).toBe(map);
  });
});

describe('replaceList', () => {
  it('drops conversations missing from a fresh list unless their tab is open', () => {
    const gone = conversation({ id: 'gone' });
    const inTab = conversation({ id: 'tab', ...assignedTo(agentMina) });
    const fresh = conversation({ id: 'fresh' });
    const next = replaceList({ gone, tab: inTab }, [fresh], ['tab']);
    expect(Object.keys(next).sort()).toEqual(['fresh', 'tab']);
  });
});

describe('listSections', () => {
  it('sorts conversations into mine, the queue in serving order, and the bot’s', () => {
    const map = {
      mine: conversation({ id: 'mine', ...assignedTo(agentMina) }),
      others: conversation({ id: 'others', status: 'assigned', assignedAgentId: 'someone-else' }),
      late: conversation({ id: 'late', status: 'queued', queuedAt: '2025-01-01T09:30:00.000Z' }),
      early: conversation({ id: 'early', status: 'queued', queuedAt: '2025-01-01T09:10:00.000Z' }),
      urgent: conversation({ id: 'urgent', status: 'queued', priority: 1, queuedAt: '2025-01-01T09:40:00.000Z' }),
      night: conversation({ id: 'night', status: 'offline', queuedAt: '2025-01-01T09:20:00.000Z' }),
      bot: conversation({ id: 'bot', status: 'bot' }),
      closed: conversation({ id: 'closed', status: 'closed' }),
    };
    const sections = listSections(map, agentMina.id);
    expect(sections.mine.map((c) => c.id)).toEqual(['mine']);
    expect(sections.queue.map((c) => c.id)).toEqual(['urgent', 'early', 'night', 'late']);
    expect(sections.bot.map((c) => c.id)).toEqual(['bot']);
  });
});

describe('read marks', () => {
  it('never moves back when a snapshot without them arrives', () => {
    const read = conversation({ id: 'c1', readSeq: { visitor: 4, agent: 5 }, updatedAt: '2025-01-01T10:00:00.000Z' });
    const snapshot = { ...read, readSeq: { visitor: 0, agent: 0 }, updatedAt: '2025-01-01T10:01:00.000Z', lastMessagePreview: 'new' };
    const next = upsertConversation({ c1: read }, snapshot);
    expect(next.c1).toMatchObject({ lastMessagePreview: 'new', readSeq: { visitor: 4, agent: 5 } });
  });
});
