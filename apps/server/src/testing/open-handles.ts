/** Something a test opens that keeps the process alive until it is closed. */
export interface Closable {
  close(): Promise<void>;
}

/** What this test file opened and has not closed, and openings still under way. */
const open = new Set<Closable>();
const underWay = new Set<Promise<unknown>>();

/** Remembers what `opening` gives until its `close()` is called. */
export function trackOpening<T extends Closable>(opening: Promise<T>): Promise<T> {
  const tracked = opening.then((opened): T => {
    const closable: T = {
      ...opened,
      close: async () => {
        open.delete(closable);
        await opened.close();
      },
    };
    open.add(closable);
    return closable;
  });
  underWay.add(tracked);
  const settled = () => underWay.delete(tracked);
  tracked.then(settled, settled);
  return tracked;
}

/**
 * Closes what a test file left open: an app whose test failed before closing it, or whose start
 * outlived a timed-out hook. Its Redis and database connections would otherwise keep jest from exiting.
 */
export async function closeLeftovers(): Promise<number> {
  await Promise.allSettled([...underWay]);
  const leftovers = [...open];
  for (const closable of leftovers) await closable.close().catch(() => undefined);
  return leftovers.length;
}
