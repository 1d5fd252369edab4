/** Draws for the demo data from one source of numbers in [0, 1): `Math.random`-like, seeded in tests. */
export class DemoRandom {
  constructor(private readonly next: () => number) {}

  /** A whole number from `min` to `max`, both included. */
  integer(min: number, max: number): number {
    return Math.min(max, min + Math.floor(this.next() * (max - min + 1)));
  }

  /** A number from `min` up to `max`. */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.integer(0, items.length - 1)];
  }

  /** One of the keys, each drawn in proportion to its weight. */
  weighted<K extends string>(keys: readonly K[], weight: (key: K) => number): K {
    let remaining = this.between(0, keys.reduce((total, key) => total + weight(key), 0));
    for (const key of keys) {
      remaining -= weight(key);
      if (remaining < 0) return key;
    }
    return this.pick(keys);
  }

  bytes(count: number): Uint8Array {
    return Uint8Array.from({ length: count }, () => this.integer(0, 255));
  }

  /** A new list with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const shuffled = [...items];
    for (let index = shuffled.length - 1; index > 0; index -= 1) {
      const other = this.integer(0, index);
      [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
    }
    return shuffled;
  }
}
