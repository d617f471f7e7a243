/** A conversation as plain text, for the visitor's transcript download. */
import type { Conversation, Message } from '../../shared/domain';

const speaker = (message: Message, locale: 'ko' | 'en') => {
  switch (message.author.kind) {
    case 'visitor':
      return locale === 'ko' ? '나' : 'You';
    case 'system':
      return 'Parley';
    default:
      return message.author.name ?? message.author.kind;
  }
};

export function transcriptAsText(conversation: Conversation, messages: Message[]): string {
  const lines = messages.map((message) => {
    const text = message.attachment ? `${message.text} [${message.attachment.name}]`.trim() : message.text;
    return `[${message.createdAt.replace('T', ' ').slice(0, 19)} UTC] ${speaker(message, conversation.locale)}: ${text}`;
  });
  return [`Parley conversation ${conversation.id}`, `Started ${conversation.createdAt}`, '', ...lines, ''].join('\n');
}
