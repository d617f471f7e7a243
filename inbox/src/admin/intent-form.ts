/** Converting between an intent and the form fields that edit it (one example per line). */
import type { IntentDefinition } from '../../../shared/domain';

export interface IntentFields {
  name: string;
  examples: string;
  answerKo: string;
  answerEn: string;
  handoff: boolean;
  related: string;
  team: string;
  displayKo: string;
  displayEn: string;
}

export const emptyFields: IntentFields = { name: '', examples: '', answerKo: '', answerEn: '', handoff: false, related: '', team: '', displayKo: '', displayEn: '' };

export const toFields = (intent: IntentDefinition): IntentFields => ({
  name: intent.name,
  examples: intent.examples.join('\n'),
  answerKo: intent.answer.ko,
  answerEn: intent.answer.en,
  handoff: intent.handoff,
  related: intent.related.join(', '),
  team: intent.team ?? '',
  displayKo: intent.displayName?.ko ?? '',
  displayEn: intent.displayName?.en ?? '',
});

export function toIntent(fields: IntentFields): IntentDefinition {
  const list = (text: string, separator: RegExp) => text.split(separator).map((part) => part.trim()).filter(Boolean);
  return {
    name: fields.name.trim(),
    examples: list(fields.examples, /\n/),
    answer: { ko: fields.answerKo.trim(), en: fields.answerEn.trim() },
    handoff: fields.handoff,
    related: list(fields.related, /,/),
    team: fields.team.trim() || null,
    displayName: { ko: fields.displayKo.trim(), en: fields.displayEn.trim() },
  };
}
