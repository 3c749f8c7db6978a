import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const BotConfigSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be lowercase letters, digits and dashes'),
  name: z.record(z.string(), z.string().min(1)),
  languages: z.array(z.string().min(2)).min(1),
  defaultLanguage: z.string().min(2),
}).refine((bot) => bot.languages.includes(bot.defaultLanguage), { message: 'defaultLanguage must be one of languages', path: ['defaultLanguage'] });

export type BotConfig = z.infer<typeof BotConfigSchema>;

/** Reads `<botDir>/bot.yaml`; a bad value names its field. */
export function loadBotConfig(botDir: string): BotConfig {
  const file = join(botDir, 'bot.yaml');
  const result = BotConfigSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`${file} is invalid: ${problems}`);
  }
  return result.data;
}
