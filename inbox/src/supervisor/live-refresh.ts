/**
 * Keeps a screen's data fresh while it is shown: loads at once, again shortly after the
 * server reports a change, and on a slow interval as a safety net for changes nobody
 * announced (an agent's presence, a capacity edited by an admin).
 *
 * Changes are coalesced rather than debounced: the first one starts a short wait and the
 * ones during it ride along, so a busy site refetches at most once per wait, and a steady
 * stream of changes cannot postpone the refetch forever the way a debounce would.
 */

export interface LiveRefreshOptions<T> {
  load: () => Promise<T>;
  /** Calls `onChange` whenever the data may have changed; returns its disposer. */
  subscribe: (onChange: () => void) => () => void;
  onData: (data: T) => void;
  onError: (error: unknown) => void;
  /** Wait after a reported change before refetching. */
  coalesceMs: number;
  /** Refetch this often even when no change is reported. */
  intervalMs: number;
}

export interface LiveRefresh {
  /** Refetch now (e.g. after the screen itself changed something). */
  refresh(): void;
  /** Stops the timers and the subscription; answers still in flight are dropped. */
  stop(): void;
}

/**
 * @example
 * const live = startLiveRefresh({ load: api.get, subscribe: connection.onConversationUpdated, onData: setBoard, onError: setError, coalesceMs: 1000, intervalMs: 10_000 });
 * // later
 * live.stop();
 */
export function startLiveRefresh<T>(options: LiveRefreshOptions<T>): LiveRefresh {
  let stopped = false;
  // Only the newest request may write: an older answer arriving late would show stale data.
  let latest = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;

  const refresh = () => {
    if (stopped) return;
    const ticket = ++latest;
    options.load().then(
      (data) => !stopped && ticket === latest && options.onData(data),
      (error: unknown) => !stopped && ticket === latest && options.onError(error),
    );
  };
  const soon = () => {
    if (stopped || pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      refresh();
    }, options.coalesceMs);
  };

  const unsubscribe = options.subscribe(soon);
  const interval = setInterval(refresh, options.intervalMs);
  refresh();

  return {
    refresh,
    stop() {
      stopped = true;
      unsubscribe();
      clearInterval(interval);
      clearTimeout(pending);
    },
  };
}
