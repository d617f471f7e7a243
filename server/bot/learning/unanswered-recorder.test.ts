import type { Conversation } from '../../../shared/domain';
import { createUnansweredRecorder, MAX_QUEUED } from './unanswered-recorder';
import type { NewUnanswered, UnansweredRepository } from './unanswered.repository';

const conversation = { id: 'c1', siteId: 's1', locale: 'ko' } as Conversation;
const classification = { best: null, ranked: [], mode: 'lexical' as const };

function setup(options: { embed?: (texts: string[]) => Promise<Float32Array[] | null>; addMany?: UnansweredRepository['addMany'] } = {}) {
  const stored: NewUnanswered[] = [];
  const errors: unknown[] = [];
  const repository = {
    addMany: options.addMany ?? (async (questions: NewUnanswered[]) => void stored.push(...questions)),
  } as UnansweredRepository;
  const recorder = createUnansweredRecorder({
    repository,
    embed: options.embed ?? (async (texts) => texts.map(() => Float32Array.of(1, 0))),
    modelId: () => 'model',
    now: () => new Date(0),
    onError: (error) => errors.push(error),
  });
  return { recorder, stored, errors };
}

it('queues without waiting and stores a batch with one embedding call', async () => {
  const calls: string[][] = [];
  const { recorder, stored } = setup({ embed: async (texts) => (calls.push(texts), texts.map(() => Float32Array.of(1, 0))) });
  await Promise.all(['하나', ' 둘 ', '   '].map((text) => recorder.record({ conversation, text, classification })));
  expect(stored).toEqual([]);
  await recorder.idle();
  expect(calls).toEqual([['하나', '둘']]);
  expect(stored.map((question) => [question.text, question.siteId, question.locale, question.modelId])).toEqual([
    ['하나', 's1', 'ko', 'model'],
    ['둘', 's1', 'ko', 'model'],
  ]);
});

it('never rejects into the reply: a failed embedding stores without a vector, a failed write is logged', async () => {
  const failing = setup({ embed: () => Promise.reject(new Error('worker gone')) });
  await expect(failing.recorder.record({ conversation, text: 'q', classification })).resolves.toBeUndefined();
  await failing.recorder.idle();
  expect(failing.stored).toEqual([expect.objectContaining({ text: 'q', vector: null, modelId: null })]);
  expect(failing.errors).toHaveLength(1);

  const unwritable = setup({ addMany: () => Promise.reject(new Error('store away')) });
  await expect(unwritable.recorder.record({ conversation, text: 'q', classification })).resolves.toBeUndefined();
  await unwritable.recorder.idle();
  expect(unwritable.errors).toEqual([expect.objectContaining({ message: 'store away' })]);
});

it('drops questions beyond the queue bound instead of growing', async () => {
  const { recorder, stored } = setup();
  for (let i = 0; i < MAX_QUEUED + 20; i++) void recorder.record({ conversation, text: `q${i}`, classification });
  await recorder.idle();
  expect(stored).toHaveLength(MAX_QUEUED);
});
