/**
 * Seeded randomness: the same seed always gives the same order. Apart from the quiz code so that
 * exercises that only shuffle (PESOS steps, card decks) do not load the quiz scoring with it.
 */

/** 32-bit FNV-1a hash: turns an id and an attempt number into a seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, fast, seedable generator; the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** A permutation of 0…length−1 (Fisher–Yates) determined by the seed. */
export function shuffledIndices(length: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length }, (_, index) => index);
  for (let index = length - 1; index > 0; index -= 1) {
    const swap = Math.floor(random() * (index + 1));
    [order[index], order[swap]] = [order[swap] as number, order[index] as number];
  }
  return order;
}

/** Like shuffledIndices, but never the identity for two or more items (an ordering task must start out of order). */
export function scrambledIndices(length: number, seed: number): number[] {
  const order = shuffledIndices(length, seed);
  if (length > 1 && order.every((value, index) => value === index)) order.push(order.shift() as number);
  return order;
}
