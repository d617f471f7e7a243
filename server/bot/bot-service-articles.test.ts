/**
 * The bot service's seam with the knowledge base: when no intent is confident it offers
 * the articles the finder returns, and the unanswered-questions observer is told of the
 * question either way. Collaborators are small in-memory stand-ins: the end-to-end path
 * runs over real sockets and the real model in server/knowledge/knowledge-bot.test.ts.
 */
import type { Conversation, Message } from '../../shared/domain';
import type { ArticleCard } from '../../shared/knowledge';
import { EMPTY_BOT_MEMORY, type BotMemory } from './bot-policy';
import { createBotService, type BotServiceDeps, type UnansweredQuestion } from './bot-service';

const conversation = { id: 'c1', siteId: 's1', locale: 'en', status: 'bot' } as Conversation;
const card: ArticleCard = { id: 'a1', title: 'Gift cards', snippet: 'They never expire.', url: '/kb/s1/a1' };

function service(found: ArticleCard[] | Error) {
  let memory: BotMemory = EMPTY_BOT_MEMORY;
  const said: Pick<Message, 'text' | 'quickReplies' | 'articles'>[] = [];
  const heard: UnansweredQuestion[] = [];
  const deps = {
    conversations: { botMemory: async () => memory, saveBotMemory: async (_id: string, next: BotMemory) => void (memory = next) },
    intents: { listForSite: async () => [] },
    settings: { intentThreshold: async () => null },
    classifier: { classify: async () => ({ best: null, ranked: [], mode: 'lexical' as const }), close: async () => {} },
    transcript: { bot: async (_c: Conversation, text: string, quickReplies?: Message['quickReplies'], articles?: Message['articles']) => void said.push({ text, quickReplies, articles }) },
    unanswered: { record: async (question: UnansweredQuestion) => void heard.push(question) },
    knowledge: { search: async () => (found instanceof Error ? Promise.reject(found) : found) },
    now: () => new Date(),
  } as unknown as BotServiceDeps;
  return { bot: createBotService(deps), said, heard, memory: () => memory };
}

it('offers the found article instead of the unsure reply, and still tells the unanswered observer', async () => {
  const { bot, said, heard, memory } = service([card]);
  await bot.respond(conversation, 'do gift cards expire?');
  expect(said).toEqual([{ text: expect.stringContaining('help articles'), quickReplies: [{ label: 'This helped', action: 'solved' }, { label: 'Talk to a human', action: 'handoff' }], articles: [card] }]);
  expect(heard.map((question) => question.text)).toEqual(['do gift cards expire?']);
  expect(memory()).toMatchObject({ lowConfidenceStreak: 0, answers: ['Gift cards'] });
});

it('gives the unsure reply when no article matches, or when the search fails', async () => {
  for (const found of [[], new Error('store away')]) {
    const { bot, said, heard } = service(found);
    await bot.respond(conversation, 'what should I cook tonight?');
    expect(said).toHaveLength(1);
    expect(said[0]!.articles).toBeUndefined();
    expect(said[0]!.quickReplies).toEqual([{ label: 'Talk to a human', action: 'handoff' }]);
    expect(heard).toHaveLength(1);
  }
});
