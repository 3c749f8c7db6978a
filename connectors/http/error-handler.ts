import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './http-error.js';

/** Unknown routes under an API prefix answer JSON 404, not express's HTML page. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not-found', `no route for ${req.method} ${req.baseUrl}${req.path}`));
};

/**
 * The one place errors become responses, as Hono's `onError`: HttpErrors keep their status,
 * body-parser's errors become 400/413, anything else is a logged 500 that reveals nothing.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return function errorHandler(error: unknown, _req, res, next) {
    if (res.headersSent) return next(error);
    const failure = toHttpError(error);
    if (failure.status >= 500) log.error({ err: error }, 'request failed');
    res.status(failure.status).set(failure.headers).json(failure.toJSON());
  };
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
  if (type === 'entity.parse.failed') return new HttpError(400, 'malformed-json', 'the request body is not valid JSON');
  if (type === 'entity.too.large') return new HttpError(413, 'payload-too-large', 'the request body is too large');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new HttpError(415, 'unsupported-encoding', 'the request body encoding is not supported');
  return new HttpError(500, 'internal', 'something went wrong on our side');
}
