/**
 * Several Parley processes behind a load balancer share one Redis so that a message
 * emitted to a room on one process reaches sockets connected to another. Without
 * REDIS_URL Parley runs as a single process with the in-memory adapter.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server } from 'socket.io';

export async function useRedisAdapter(io: Server, redisUrl: string): Promise<() => Promise<void>> {
  const pub = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
