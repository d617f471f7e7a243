/**
 * What the loader says before the chat is loaded. The chat's own strings reuse these,
 * so "Open chat" is one string: site owners and browser tests find the launcher by it.
 */
import type { Locale } from '../../../shared/domain';

export interface LauncherStrings {
  openChat: string;
  unread: (count: number) => string;
}

export const launcherStrings: Record<Locale, LauncherStrings> = {
  en: { openChat: 'Open chat', unread: (count) => `${count} unread` },
  ko: { openChat: '채팅 열기', unread: (count) => `읽지 않은 메시지 ${count}개` },
};
