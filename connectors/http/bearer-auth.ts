import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

/** Requires `Authorization: Bearer <key>`; compares digests in constant time so timing reveals nothing. */
export function bearerAuth(apiKey: string): RequestHandler {
  const expected = digest(apiKey);
  return function bearerAuth(req, _res, next) {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1].trim()), expected)) {
      return next(new HttpError(401, 'unauthorized', 'a valid bearer token is required', { 'WWW-Authenticate': 'Bearer' }));
    }
    next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
