/** Room names, so that who may hear what is decided in one place. */
export const rooms = {
  /** Every tab of one visitor. */
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  /** Agents who have this conversation open in the inbox. */
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  /** Every tab of one agent. */
  agent: (agentId: string) => `agent:${agentId}`,
  /** All agents of a site: they see the queue and the bot's conversations. */
  siteAgents: (siteId: string) => `site-agents:${siteId}`,
};
