import type { Skill } from '../../../dialogs/skills/skill.js';
import { mainMenu } from './main-menu.js';

/** Greets a new conversation (the widget's conversation-start) and anyone who says hello. */
export const greeting: Skill = {
  name: 'greeting',
  canHandle: (ctx) => ctx.event.type === 'conversation-start' || ctx.understanding?.intent.name === 'greeting',
  async handle(ctx) {
    ctx.reply.choices('greeting.hello', mainMenu);
  },
};
