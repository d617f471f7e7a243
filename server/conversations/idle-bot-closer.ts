/**
 * Closes conversations that stayed with the bot and went quiet: a visitor who asked the
 * bot something and left never closes anything, and without this every such conversation
 * would stay open for ever — in the inbox's bot and "all open" lists, which are read
 * whole, so they must hold what is live, not the site's history. A visitor who comes back
 * later simply starts a new conversation.
 */
import type { Conversation } from '../../shared/domain';
import type { ConversationRepository } from './conversation.repository';

export interface IdleBotCloserOptions {
  conversations: ConversationRepository;
  onClosed: (conversation: Conversation) => void;
  /** How long a bot conversation may stay quiet; 24 h by default. */
  idleMs?: number;
  everyMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export const DEFAULT_BOT_IDLE_MS = 24 * 60 * 60_000;

export function startIdleBotCloser(options: IdleBotCloserOptions): { sweep(): Promise<number>; stop(): void } {
  const idleMs = options.idleMs ?? DEFAULT_BOT_IDLE_MS;
  const now = options.now ?? (() => new Date());
  let running: Promise<number> | null = null;
  const sweep = () =>
    (running ??= (async () => {
      let closed = 0;
      for (const conversation of await options.conversations.listIdleWithBot(new Date(now().getTime() - idleMs))) {
        const done = await options.conversations.close(conversation.id, null, 'bot');
        if (done) {
          closed++;
          options.onClosed(done);
        }
      }
      return closed;
    })().finally(() => (running = null)));
  const timer = setInterval(() => void sweep().catch((error: unknown) => options.onError?.(error)), options.everyMs ?? 5 * 60_000);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
