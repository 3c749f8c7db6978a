import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { HttpError } from './http-error.js';

export interface RateLimitOptions {
  points: number;
  windowSeconds: number;
}

/** One limiter per purpose; the memory one suits a single instance, a Redis one several. */
export function createRateLimiter(options: RateLimitOptions): RateLimiterAbstract {
  return new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
}

/** Spends one point per request for the client's address; an empty bucket answers 429 with Retry-After. */
export function rateLimit(limiter: RateLimiterAbstract): RequestHandler {
  return async function rateLimit(req, _res, next) {
    try {
      await limiter.consume(req.ip ?? 'unknown');
      next();
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return next(new HttpError(429, 'rate-limited', `too many requests; retry in ${seconds} s`, { 'Retry-After': String(seconds) }));
      }
      next(rejection);
    }
  };
}
