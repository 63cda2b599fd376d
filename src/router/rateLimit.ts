// Per-user rate limit over a sliding window, so one person cannot flood the bot. Time is passed in.

/** The bot's per-user allowance: 5 requests in 20 seconds (paging has an allowance of its own). */
export const DEFAULT_RATE_LIMIT = { requests: 5, windowMs: 20_000 } as const;

export interface RateLimiter {
  /** Records a request; returns 0 when allowed, else the whole seconds to wait before the next one. */
  take(userId: string, now: number): number;
}

export function createRateLimiter(limit: number, windowMs: number): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    take(userId, now) {
      const recent = (seen.get(userId) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        seen.set(userId, recent);
        const oldest = recent[0] ?? now;
        return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
      }
      recent.push(now);
      seen.set(userId, recent);
      // Forget idle users so the map does not grow with everyone who ever asked.
      if (seen.size > 10_000)
        for (const [id, times] of seen) if (times.every((t) => now - t >= windowMs)) seen.delete(id);
      return 0;
    },
  };
}
