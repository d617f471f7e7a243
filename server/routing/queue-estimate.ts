/**
 * The visitor's place in the queue and a wait estimate, from plain data. The queue is
 * FIFO within priority: higher priority first, then earlier queuedAt.
 */
export interface QueuedEntry {
  id: string;
  priority: number;
  queuedAt: Date;
}

export function orderQueue<T extends QueuedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.priority - a.priority || a.queuedAt.getTime() - b.queuedAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * Estimated seconds until a conversation at `position` (1 = next) is assigned: the
 * median recent wait per queue place, times the position. With no history yet, a
 * minute per place.
 */
export function estimateWaitSeconds(position: number, recentWaitsSeconds: readonly number[]): number {
  if (position <= 0) return 0;
  const perPlace = recentWaitsSeconds.length ? median(recentWaitsSeconds) : 60;
  return Math.max(5, Math.round(perPlace * position));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
