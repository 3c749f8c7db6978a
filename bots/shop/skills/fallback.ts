import type { Skill } from '../../../dialogs/skills/skill.js';
import { mainMenu } from './main-menu.js';

/** Always takes the turn: says it did not understand and offers what it can do. */
export const fallback: Skill = {
  name: 'fallback',
  canHandle: (ctx) => ctx.event.type === 'message' || ctx.event.type === 'choice',
  async handle(ctx) {
    ctx.reply.choices('fallback.notUnderstood', mainMenu);
  },
};
