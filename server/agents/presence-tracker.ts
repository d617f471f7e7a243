/**
 * Grace period for agents whose last inbox tab went away: a reload or a flaky network
 * must not cost them their chats, so only when the agent stays away past the site's
 * grace period are they marked offline and their conversations reassigned.
 */
export interface PresenceTracker {
  /** An inbox tab connected: cancels any pending timeout for this agent. */
  connected(agentId: string): void;
  /** The agent's last tab (in this process) disconnected. */
  disconnected(agentId: string, siteId: string): void;
  close(): void;
}

export function createPresenceTracker(deps: {
  graceMs(siteId: string): Promise<number>;
  /** Whether the agent has an inbox open anywhere (any server process). */
  stillConnected(agentId: string): Promise<boolean>;
  onTimeout(agentId: string, siteId: string): Promise<void>;
  onError(error: unknown): void;
}): PresenceTracker {
  const timers = new Map<string, NodeJS.Timeout>();
  const cancel = (agentId: string) => {
    clearTimeout(timers.get(agentId));
    timers.delete(agentId);
  };
  return {
    connected: cancel,
    disconnected(agentId, siteId) {
      cancel(agentId);
      deps
        .graceMs(siteId)
        .then((graceMs) => {
          const timer = setTimeout(() => {
            timers.delete(agentId);
            void (async () => {
              if (await deps.stillConnected(agentId)) return;
              await deps.onTimeout(agentId, siteId);
            })().catch(deps.onError);
          }, graceMs);
          timer.unref();
          timers.set(agentId, timer);
        })
        .catch(deps.onError);
    },
    close() {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
}
