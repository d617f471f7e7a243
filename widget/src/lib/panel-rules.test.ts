import { strings } from '../i18n';
import { aConfig, aConversation, aMessage } from '../testing/fixtures';
import { initials } from './initials';
import { canAskForHuman, headerStatus, needsPreChat, offersMessageForm, receiptKey, topicsOf, wantsRating } from './panel-rules';
import { buildThread } from './thread';

const t = strings.en;

describe('panel rules', () => {
  it('tells who answers, the place in line, or whether anyone is there', () => {
    expect(headerStatus({ conversation: null, queue: null }, aConfig(), t)).toBe(t.online);
    expect(headerStatus({ conversation: null, queue: null }, aConfig({ agentsAvailable: false }), t)).toBe(t.away);
    expect(headerStatus({ conversation: aConversation({ status: 'queued' }), queue: { conversationId: 'c1', position: 1, estimatedWaitSeconds: 20 } }, null, t)).toBe(
      'You are number 1 in line (about 1 min)',
    );
    expect(headerStatus({ conversation: aConversation({ status: 'assigned', assignedAgentName: null }), queue: null }, null, t)).toBe("You're chatting with Agent");
  });

  it('never promises a wait when nobody is there to answer', () => {
    const queued = { conversation: aConversation({ status: 'queued' }), queue: { conversationId: 'c1', position: 2, estimatedWaitSeconds: 120 } };
    expect(headerStatus(queued, aConfig({ agentsAvailable: false }), strings.ko)).toBe(strings.ko.status.queued);
    expect(headerStatus(queued, aConfig({ agentsAvailable: false }), strings.ko)).not.toMatch(/분|번째/);
    expect(headerStatus(queued, aConfig(), strings.ko)).toBe('대기 순서는 2번째입니다 (약 2분)');
  });

  it('offers the leave-a-message form when the server kept the request as a message, by button or in words alike', () => {
    const never = { sentFor: null };
    expect(offersMessageForm({ conversation: aConversation({ status: 'offline' }) }, never)).toBe(true);
    // Queued means an agent could take it when it was asked: the queue is the answer.
    expect(offersMessageForm({ conversation: aConversation({ status: 'queued' }) }, never)).toBe(false);
    expect(offersMessageForm({ conversation: aConversation({ status: 'bot' }) }, never)).toBe(false);
    expect(offersMessageForm({ conversation: null }, never)).toBe(false);
    // A message already left is not asked for again.
    expect(offersMessageForm({ conversation: aConversation({ id: 'c9', status: 'offline' }) }, { sentFor: 'c9' })).toBe(false);
  });

  it('offers a human until humans have the conversation', () => {
    expect(canAskForHuman({ conversation: null })).toBe(true);
    expect(canAskForHuman({ conversation: aConversation({ status: 'closed' }) })).toBe(true);
    expect(canAskForHuman({ conversation: aConversation({ status: 'offline' }) })).toBe(false);
  });

  it('asks the pre-chat questions only of a visitor the site knows nothing about', () => {
    const config = aConfig({ widget: { preChat: { enabled: true, fields: ['email'] } } });
    const unknown = { profileGiven: false, identified: false, hasThread: false };
    expect(needsPreChat(config, unknown)).toBe(true);
    expect(needsPreChat(aConfig(), unknown)).toBe(false);
    expect(needsPreChat(aConfig({ widget: { preChat: { enabled: true, fields: [] } } }), unknown)).toBe(false);
    expect(needsPreChat(config, { ...unknown, identified: true })).toBe(false);
    expect(needsPreChat(config, { ...unknown, hasThread: true })).toBe(false);
    expect(needsPreChat(null, unknown)).toBe(false);
  });

  it('asks for a rating after an agent closed the conversation, once', () => {
    expect(wantsRating({ conversation: aConversation({ status: 'closed', resolution: 'agent' }) })).toBe(true);
    expect(wantsRating({ conversation: aConversation({ status: 'closed', resolution: 'agent', csat: { score: 4, comment: null } }) })).toBe(false);
    expect(wantsRating({ conversation: aConversation({ status: 'closed', resolution: 'bot' }) })).toBe(false);
  });

  it('takes topics from the configuration’s teams when it has them', () => {
    expect(topicsOf(aConfig())).toEqual([]);
    expect(topicsOf({ ...aConfig(), teams: ['Billing'] } as ReturnType<typeof aConfig>)).toEqual(['Billing']);
  });

  it('puts the receipt under the visitor’s latest stored message', () => {
    const thread = buildThread([aMessage({ seq: 1 }), aMessage({ seq: 2, author: { kind: 'bot', id: null, name: 'Bot' } }), aMessage({ seq: 3 })], []);
    expect(receiptKey(thread, 2)).toEqual({ key: 'client-c1-3', read: false });
    expect(receiptKey(thread, 3)).toEqual({ key: 'client-c1-3', read: true });
    expect(receiptKey([], 3)).toBeNull();
  });

  it('makes avatar initials from a name', () => {
    expect(initials('Mina Park')).toBe('MP');
    expect(initials('  mina  ')).toBe('M');
    expect(initials('김민수')).toBe('김');
    expect(initials('')).toBe('?');
    expect(initials(null)).toBe('?');
  });
});
