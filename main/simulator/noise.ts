/**
 * Deterministic randomness. Every value the simulator shows is a pure function of
 * (seed, key, simulated time), so two runs with the same seed agree at the same simulated
 * instants no matter how the ticks of the real clock fall. Nothing here keeps state.
 */

/** 32-bit string hash (FNV-1a), so keys such as "water.PS-MED-01.Pressure" pick their stream. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes integers into one well-spread 32-bit value (a murmur3-style finaliser). */
function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^ Math.imul(c ^ 0x27d4eb2f, 0x165667b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Uniform in [0, 1) for (seed, stream, step). Steps are integers, e.g. a sample index. */
export function uniform(seed: number, stream: number, step: number): number {
  // Steps can exceed 2^32 (milliseconds since 1970), so fold the high part in separately.
  const lo = step >>> 0;
  const hi = Math.floor(step / 4294967296) >>> 0;
  return mix(seed >>> 0, stream ^ Math.imul(hi, 0x632be5ab), lo) / 4294967296;
}

/** Uniform in [-1, 1). */
export function signed(seed: number, stream: number, step: number): number {
  return uniform(seed, stream, step) * 2 - 1;
}

/**
 * Smooth noise in [-1, 1]: random knots every `periodMs`, joined by a cosine ease, so a value
 * wanders instead of jumping. Pure: the same (seed, stream, t) always gives the same number.
 */
export function smooth(seed: number, stream: number, t: number, periodMs: number): number {
  const x = t / periodMs;
  const k = Math.floor(x);
  const f = x - k;
  const a = signed(seed, stream, k);
  const b = signed(seed, stream, k + 1);
  const w = (1 - Math.cos(Math.PI * f)) / 2;
  return a + (b - a) * w;
}

/** A seeded generator for building the plant (names, sizes, places), not for live values. */
export class Rng {
  private step = 0;
  constructor(
    private readonly seed: number,
    private readonly stream: number,
  ) {}
  next(): number {
    return uniform(this.seed, this.stream, this.step++);
  }
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
  int(low: number, highInclusive: number): number {
    return Math.floor(this.between(low, highInclusive + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}
