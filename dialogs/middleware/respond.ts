import type { Middleware } from '../engine/compose.js';
import type { TurnContext } from '../engine/turn-context.js';
import type { Skill } from '../skills/skill.js';

/** Hands the turn to the first skill that takes it; the last skill should be a fallback that always does. */
export const respond = (options: { skills: readonly Skill[] }): Middleware<TurnContext> =>
  async function respond(ctx, next) {
    if (ctx.state.mode === 'bot') {
      const skill = options.skills.find((candidate) => candidate.canHandle(ctx));
      if (skill) {
        ctx.log.debug({ skill: skill.name }, 'skill chosen');
        await skill.handle(ctx);
      }
    }
    await next();
  };
