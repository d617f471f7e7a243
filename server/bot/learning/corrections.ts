/**
 * Agents' corrections of the bot: an agent marks an answer wrong and names the right
 * intent (or "a new intent"); the visitor's question waits as a suggestion until an
 * admin accepts it (it becomes an example, and the classifier retrains) or rejects it.
 */
import type { Request } from 'express';
import type { Agent, Message } from '../../../shared/domain';
import type { AcceptSuggestion, ExampleSuggestion, SuggestionInput } from '../../../shared/learning';
import type { AdminTrail } from '../../audit/admin-trail';
import { ParleyError } from '../../errors';
import type { IntentRepository } from '../intent.repository';
import type { IntentExamplesWriter } from './intent-examples';
import type { SuggestionRepository } from './suggestion.repository';

/** The signed-in agent or admin acting. */
export type Actor = Agent & { siteId: string };

/**
 * The question an answer was given to: the visitor's last message before the bot message
 * `seq`; without one (the handoff card), the visitor's last message before an agent spoke.
 */
export function questionFor(messages: readonly Message[], seq: number | null): Message | null {
  const shown = messages.filter((message) => !message.internal);
  const firstAgent = shown.find((message) => message.author.kind === 'agent')?.seq ?? Infinity;
  const limit = seq ?? firstAgent;
  const asked = shown.filter((message) => message.author.kind === 'visitor' && message.seq < limit && message.text.trim() !== '');
  return asked.at(-1) ?? null;
}

export interface CorrectionsDeps {
  suggestions: SuggestionRepository;
  intents: IntentRepository;
  examples: IntentExamplesWriter;
  /** The conversation's messages as this agent may see them (site checked, sensitive numbers masked). */
  transcript: (agent: Actor, conversationId: string, beforeSeq: number | null) => Promise<Message[]>;
  audit: AdminTrail;
  now: () => Date;
}

export function createCorrections(deps: CorrectionsDeps) {
  const pending = async (admin: Actor, id: string) => {
    const suggestion = await deps.suggestions.find(admin.siteId, id);
    if (!suggestion) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such suggestion on your site');
    return suggestion;
  };

  return {
    async suggest(agent: Actor, input: SuggestionInput): Promise<ExampleSuggestion> {
      if (input.intent !== null && !(await deps.intents.listForSite(agent.siteId)).some((intent) => intent.name === input.intent)) {
        throw new ParleyError('PARLEY_ERR_NOT_FOUND', `no intent named ${input.intent}`);
      }
      const messages = await deps.transcript(agent, input.conversationId, input.seq ?? null);
      const question = questionFor(messages, input.seq ?? null);
      if (!question) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no visitor question before that answer');
      return deps.suggestions.save({
        siteId: agent.siteId,
        conversationId: input.conversationId,
        questionSeq: question.seq,
        question: question.text,
        intent: input.intent,
        suggestedBy: { id: agent.id, name: agent.name },
        at: deps.now(),
      });
    },

    list: (admin: Actor) => deps.suggestions.list(admin.siteId),

    /** Into the named intent (the agent's pick or the admin's), or a new one. */
    async accept(admin: Actor, id: string, choice: AcceptSuggestion, req: Request) {
      const suggestion = await pending(admin, id);
      const added =
        'newIntent' in choice ? await deps.examples.create(admin.siteId, choice.newIntent, [suggestion.question]) : await deps.examples.addTo(admin.siteId, choice.intent, [suggestion.question]);
      await deps.suggestions.remove(admin.siteId, id);
      const intent = 'newIntent' in choice ? choice.newIntent.name : choice.intent;
      await deps.audit(req, admin, { action: 'intent-suggestion-accepted', target: `intent:${intent}`, detail: `suggested by ${suggestion.suggestedBy.name}; examples added=${added}` });
      return { intent, added };
    },

    async reject(admin: Actor, id: string, req: Request) {
      const suggestion = await pending(admin, id);
      await deps.suggestions.remove(admin.siteId, id);
      await deps.audit(req, admin, { action: 'intent-suggestion-rejected', target: `conversation:${suggestion.conversationId}`, detail: `suggested by ${suggestion.suggestedBy.name}` });
    },
  };
}
