import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { alertForMessage, alertForUpdate } from './alerts';

const context = { selfAgentId: agentMina.id, watchingId: null };

describe('when the inbox alerts the agent', () => {
  it('alerts once when a conversation becomes theirs', () => {
    const queued = conversation({ id: 'c1' });
    const mine = { ...queued, ...assignedTo(agentMina) };
    expect(alertForUpdate(queued, mine, context)).toMatchObject({ kind: 'assigned', conversationId: 'c1' });
    expect(alertForUpdate(mine, { ...mine, tags: ['vip'] }, context)).toBeNull();
  });

  it("does not alert about someone else's assignment", () => {
    const queued = conversation({ id: 'c1' });
    expect(alertForUpdate(queued, { ...queued, status: 'assigned', assignedAgentId: 'someone-else' }, context)).toBeNull();
  });

  it('alerts on a visitor message in their conversation unless they are looking at it', () => {
    const mine = conversation({ id: 'c1', ...assignedTo(agentMina) });
    const said = message({ conversationId: 'c1', seq: 3, text: '환불 문의드려요' });
    expect(alertForMessage(mine, said, context)).toMatchObject({ kind: 'message', text: '환불 문의드려요' });
    expect(alertForMessage(mine, said, { ...context, watchingId: 'c1' })).toBeNull();
  });

  it("stays quiet for the agent's own replies and for conversations that are not theirs", () => {
    const mine = conversation({ id: 'c1', ...assignedTo(agentMina) });
    expect(alertForMessage(mine, message({ conversationId: 'c1', seq: 2, author: { kind: 'agent', id: agentMina.id, name: 'Mina' } }), context)).toBeNull();
    expect(alertForMessage(conversation({ id: 'c2' }), message({ conversationId: 'c2', seq: 1 }), context)).toBeNull();
  });
});
