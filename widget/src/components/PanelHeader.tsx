import type { VisitorConversation as Conversation } from '../../../shared/visitor-view';
import type { Strings } from '../i18n';
import { initials } from '../lib/initials';

export interface PanelHeaderProps {
  t: Strings;
  /** The site's name from its configuration (the title until it is known). */
  siteName: string | null;
  conversation: Conversation | null;
  /** The second line: who answers, the queue, or whether anyone is there. */
  status: string;
  /** Whether an agent could answer now; decides the presence dot while no agent has the conversation. */
  available: boolean;
  onClose: () => void;
}

/** Who the visitor is talking to: the agent once one has the conversation, else the site's team. */
export function PanelHeader({ t, siteName, conversation, status, available, onClose }: PanelHeaderProps) {
  const agent = conversation?.status === 'assigned' ? conversation.assignedAgentName : null;
  const online = agent !== null || available;
  return (
    <header class="header">
      <span class="avatar avatar-header" aria-hidden="true">
        {initials(agent ?? siteName ?? t.title)}
        <span class={online ? 'presence presence-online' : 'presence'} />
      </span>
      <div class="header-text">
        <h2 class="title">{siteName ?? t.title}</h2>
        <p class="subtitle">{status}</p>
      </div>
      <button type="button" class="close" aria-label={t.closeChat} onClick={onClose}>
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
    </header>
  );
}
