// Kept apart from worker-threads.ts, which loads esbuild: a worker imports only this.

/** What a worker started for `WorkerPool` posts back for each message, in order. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The reply a pool worker sends for one message: the value, or the error's stack. */
export function replyOf<T>(work: () => T): WorkerReply<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
