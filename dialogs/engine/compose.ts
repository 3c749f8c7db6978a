import { MiddlewareError } from './errors.js';

export type Next = () => Promise<void>;
/** A stage of the pipeline. Name the function: the name shows up in logs and timings. */
export type Middleware<Context> = (ctx: Context, next: Next) => Promise<void>;

/**
 * Composes stages into one, in order, like koa-compose and grammY's Composer. Calling `next()`
 * twice from one stage is a bug and throws, rather than running the rest of the pipeline again.
 */
export function compose<Context>(stages: readonly Middleware<Context>[]): Middleware<Context> {
  for (const stage of stages) {
    if (typeof stage !== 'function') throw new MiddlewareError('every stage must be a function');
  }
  return async function composed(ctx, last) {
    let calledUpTo = -1;
    async function dispatch(index: number): Promise<void> {
      if (index <= calledUpTo) {
        const name = stages[index - 1]?.name || 'anonymous';
        throw new MiddlewareError(`next() called more than once by stage "${name}"`);
      }
      calledUpTo = index;
      const stage = stages[index];
      if (stage === undefined) return last();
      await stage(ctx, () => dispatch(index + 1));
    }
    await dispatch(0);
  };
}
