/**
 * The embedded database's processes exit when their standard input closes (so they never
 * outlive Parley, however it ends). This watches one for the two ways it can end: asked to
 * stop, or not.
 */
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Child = ChildProcessByStdio<Writable, Readable | null, Readable | null>;

export interface ChildLifecycle {
  /** Closes its stdin and waits for it to exit, killing it after `killAfterMs`. */
  stop(): Promise<void>;
}

export function watchChild(child: Child, options: { killAfterMs: number; onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void }): ChildLifecycle {
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.(code, signal);
  });
  return {
    stop: () =>
      new Promise<void>((resolveStop) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        const killTimer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
        child.once('exit', () => {
          clearTimeout(killTimer);
          resolveStop();
        });
        child.stdin.end();
      }),
  };
}
