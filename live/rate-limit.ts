/**
 * Slows a client that sends faster than a person can: a token bucket per key (a participant in a
 * room). A person taps a few times a second at most; a retry loop or a script does not.
 */
export interface RateLimit {
  /** Requests allowed at once. */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
}

export const ANSWER_LIMIT: RateLimit = { burst: 8, perSecond: 3 };
export const JOIN_LIMIT: RateLimit = { burst: 10, perSecond: 2 };

export class RateLimiter {
  readonly #limit: RateLimit;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(limit: RateLimit) {
    this.#limit = limit;
  }

  /** Whether a request now is allowed; otherwise the seconds to wait. */
  take(key: string, now: number): { ok: true } | { ok: false; retryAfter: number } {
    const { burst, perSecond } = this.#limit;
    const bucket = this.#buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.ceil((1 - bucket.tokens) / perSecond) };
  }

  /** Forgets full buckets, so memory stays small over a long day. */
  prune(now: number): void {
    for (const [key, bucket] of this.#buckets)
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.#limit.perSecond >= this.#limit.burst)
        this.#buckets.delete(key);
  }
}
