import { createTypingModel, TYPING_EXPIRY_MS } from './typing-model';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('typing model (agent → visitor)', () => {
  const agentTyping = (typing: boolean, conversationId = 'c1') => ({ conversationId, who: 'agent' as const, name: 'Mina', typing });

  it('shows the agent typing in the visitor’s conversation until they stop', () => {
    const model = createTypingModel();
    model.apply(agentTyping(true), 'c1');
    expect(model.get()).toBe('Mina');
    model.apply(agentTyping(false), 'c1');
    expect(model.get()).toBeNull();
  });

  it('ignores other conversations and the visitor’s own typing', () => {
    const model = createTypingModel();
    model.apply(agentTyping(true, 'c2'), 'c1');
    model.apply({ conversationId: 'c1', who: 'visitor', name: null, typing: true }, 'c1');
    expect(model.get()).toBeNull();
  });

  it('takes the indicator down by itself when the "stopped" signal never comes', () => {
    const model = createTypingModel();
    model.apply(agentTyping(true), 'c1');
    vi.advanceTimersByTime(TYPING_EXPIRY_MS);
    expect(model.get()).toBeNull();
  });
});
