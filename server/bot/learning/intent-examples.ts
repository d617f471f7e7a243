/**
 * Turning visitors' questions into intent examples, through the intent repository (which
 * retrains the site's classifier in the background on every save).
 */
import { ParleyError } from '../../errors';
import { intentDefinitionOf, type IntentRepository } from '../intent.repository';

/** The intent schema's limits: examples of at most 300 characters, at most 200 per intent. */
export const MAX_EXAMPLE_LENGTH = 300;
export const MAX_EXAMPLES = 200;

export interface NewIntentInput {
  name: string;
  displayName: { ko: string; en: string };
  answer: { ko: string; en: string };
}

/** Distinct, trimmed, cut to the example length; the ones the intent already has are left out. */
export function newExamples(existing: readonly string[], questions: readonly string[]): string[] {
  const known = new Set(existing.map((example) => example.trim().toLowerCase()));
  const added: string[] = [];
  for (const question of questions) {
    const example = question.trim().slice(0, MAX_EXAMPLE_LENGTH).trim();
    if (!example || known.has(example.toLowerCase())) continue;
    known.add(example.toLowerCase());
    added.push(example);
  }
  return added;
}

export function createIntentExamples(intents: IntentRepository) {
  return {
    /** Appends the questions to an existing intent's examples; the number added. */
    async addTo(siteId: string, name: string, questions: readonly string[]): Promise<number> {
      const intent = (await intents.listForSite(siteId)).find((candidate) => candidate.name === name);
      if (!intent) throw new ParleyError('PARLEY_ERR_NOT_FOUND', `no intent named ${name}`);
      const added = newExamples(intent.examples, questions);
      if (added.length === 0) return 0;
      if (intent.examples.length + added.length > MAX_EXAMPLES) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', `an intent holds at most ${MAX_EXAMPLES} examples`);
      await intents.save(siteId, { ...intentDefinitionOf(intent), examples: [...intent.examples, ...added] });
      return added.length;
    },

    /** A new intent whose examples are the questions; refuses a name already taken. */
    async create(siteId: string, input: NewIntentInput, questions: readonly string[]): Promise<number> {
      if ((await intents.listForSite(siteId)).some((candidate) => candidate.name === input.name)) {
        throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', `an intent named ${input.name} exists already; add the questions to it instead`);
      }
      const examples = newExamples([], questions).slice(0, MAX_EXAMPLES);
      if (examples.length === 0) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'no question to learn from');
      await intents.save(siteId, { name: input.name, examples, answer: input.answer, handoff: false, related: [], team: null, displayName: input.displayName });
      return examples.length;
    },
  };
}

export type IntentExamplesWriter = ReturnType<typeof createIntentExamples>;
