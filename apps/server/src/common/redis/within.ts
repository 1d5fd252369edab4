/**
 * `work`, or an error after `ms`: BullMQ and ioredis wait for Redis forever (STACK.md trap 4), and
 * a caller on a timer must give up and try again on its next turn.
 */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
