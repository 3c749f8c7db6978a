import { expect } from 'chai';
import { compose, type Middleware } from '../../../dialogs/engine/compose.js';
import { MiddlewareError } from '../../../dialogs/engine/errors.js';

type Ctx = { seen: string[] };

describe('compose', () => {
  it('runs stages in order, each around the rest', async () => {
    const stage = (name: string): Middleware<Ctx> => async (ctx, next) => {
      ctx.seen.push(`${name}:in`);
      await next();
      ctx.seen.push(`${name}:out`);
    };
    const ctx: Ctx = { seen: [] };
    await compose([stage('a'), stage('b')])(ctx, async () => { ctx.seen.push('end'); });
    expect(ctx.seen).to.deep.equal(['a:in', 'b:in', 'end', 'b:out', 'a:out']);
  });

  it('stops the pipeline when a stage does not call next', async () => {
    const ctx: Ctx = { seen: [] };
    const halt: Middleware<Ctx> = async function halt(c) { c.seen.push('halt'); };
    const after: Middleware<Ctx> = async function after(c, next) { c.seen.push('after'); await next(); };
    await compose([halt, after])(ctx, async () => {});
    expect(ctx.seen).to.deep.equal(['halt']);
  });

  it('refuses a stage that calls next twice, naming it', async () => {
    const twice: Middleware<Ctx> = async function twice(_ctx, next) { await next(); await next(); };
    const error = await compose([twice])({ seen: [] }, async () => {}).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(MiddlewareError);
    expect((error as Error).message).to.contain('twice');
  });

  it('passes a stage error up to the caller', async () => {
    const boom: Middleware<Ctx> = async () => { throw new Error('boom'); };
    const error = await compose([boom])({ seen: [] }, async () => {}).catch((caught: unknown) => caught);
    expect((error as Error).message).to.equal('boom');
  });
});
