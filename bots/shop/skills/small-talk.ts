import type { Skill } from '../../../dialogs/skills/skill.js';

const answers: Record<string, string> = {
  thanks: 'smallTalk.thanks',
  goodbye: 'smallTalk.goodbye',
  human_agent: 'smallTalk.human',
};

/** Thanks, goodbyes and asking for a person (handoff itself comes with the agent console). */
export const smallTalk: Skill = {
  name: 'small-talk',
  canHandle: (ctx) => (ctx.understanding?.intent.name ?? '') in answers,
  async handle(ctx) {
    const key = answers[ctx.understanding?.intent.name ?? ''];
    if (key) ctx.reply.text(key);
  },
};
