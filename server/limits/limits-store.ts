/**
 * Where limit counters live: a Redis shared by every Parley process when REDIS_URL is
 * set (so a client cannot multiply its allowance by hitting several processes), else
 * this process's memory.
 */
import { Redis } from 'ioredis';

export async function connectLimitsRedis(redisUrl: string | null | undefined): Promise<{ redis: Redis | null; close(): Promise<void> }> {
  if (!redisUrl) return { redis: null, close: async () => {} };
  // No offline queue: while Redis is away the limiter falls back to memory at once instead of waiting.
  const redis = new Redis(redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  await redis.connect();
  return {
    redis,
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
