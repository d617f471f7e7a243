/**
 * A conversation as plain text, for the visitor's transcript download: in the visitor's
 * language, with times on the reader's wall clock (the widget sends its timezone; a
 * missing or unknown one means Asia/Seoul, Parley's default) rather than in UTC.
 */
import type { Conversation, Locale, Message } from '../../shared/domain';

export const DEFAULT_TRANSCRIPT_TIME_ZONE = 'Asia/Seoul';

const words = {
  ko: { you: '나', bot: 'Parley 챗봇', agent: '상담원', system: 'Parley', title: (id: string) => `Parley 상담 내역 ${id}`, started: (at: string) => `시작: ${at}`, zone: (zone: string) => `시간대: ${zone}` },
  en: { you: 'You', bot: 'Parley Bot', agent: 'Agent', system: 'Parley', title: (id: string) => `Parley conversation ${id}`, started: (at: string) => `Started ${at}`, zone: (zone: string) => `Times in ${zone}` },
} satisfies Record<Locale, unknown>;

/** The zone if this runtime knows it, else Parley's default. */
export function transcriptTimeZone(requested: unknown): string {
  if (typeof requested !== 'string' || requested.length > 64) return DEFAULT_TRANSCRIPT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: requested });
    return requested;
  } catch {
    return DEFAULT_TRANSCRIPT_TIME_ZONE;
  }
}

function speaker(message: Message, locale: Locale): string {
  const w = words[locale];
  switch (message.author.kind) {
    case 'visitor':
      return w.you;
    case 'bot':
      return w.bot;
    case 'system':
      return w.system;
    default:
      return message.author.name ?? w.agent;
  }
}

export function transcriptAsText(conversation: Conversation, messages: Message[], timeZone: string = DEFAULT_TRANSCRIPT_TIME_ZONE): string {
  const locale = conversation.locale;
  const format = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const at = (iso: string) => format.format(new Date(iso));
  const lines = messages.map((message) => {
    const text = message.attachment ? `${message.text} [${message.attachment.name}]`.trim() : message.text;
    return `[${at(message.createdAt)}] ${speaker(message, locale)}: ${text}`;
  });
  const w = words[locale];
  return [w.title(conversation.id), w.started(at(conversation.createdAt)), w.zone(timeZone), '', ...lines, ''].join('\n');
}
