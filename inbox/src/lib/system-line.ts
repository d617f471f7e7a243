/**
 * Parley's notices in the reader's language: the server stores them in the visitor's
 * language, so an agent working in English sees "Mina joined the conversation." even when
 * the visitor reads "상담원 Mina님이 대화에 참여했습니다.". Lines Parley does not know stay as written.
 */
import { parseSystemNotice } from '../../../shared/system-notices';
import type { Strings } from '../i18n';

export function systemLine(strings: Pick<Strings, 'notices'>, text: string): string {
  const notice = parseSystemNotice(text);
  if (!notice) return text;
  const words = strings.notices[notice.kind];
  return typeof words === 'function' ? words(notice.agent ?? '') : words;
}
