import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigSchema, type Config } from './config-schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from an optional file named by PARLEY_CONFIG (YAML or JSON, keys as the
 * environment variables) and the environment, and validates it. A bad value names its field.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const fromFile = environment.PARLEY_CONFIG ? readConfigFile(environment.PARLEY_CONFIG) : {};
  const fromEnvironment = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .map((name) => [name, environment[name]] as const)
      .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
  const result = ConfigSchema.safeParse({ ...fromFile, ...fromEnvironment });
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return result.data;
}

export function databaseFileOf(config: Pick<Config, 'DATA_DIR' | 'DATABASE_FILE'>): string {
  return config.DATABASE_FILE ?? join(config.DATA_DIR, 'parley.db');
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError([`PARLEY_CONFIG: cannot read ${path} (${(error as Error).message})`]);
  }
  const parsed = z.record(z.string(), z.unknown()).safeParse(parseYaml(text));
  if (!parsed.success) throw new ConfigError([`PARLEY_CONFIG: ${path} must hold a mapping of setting names to values`]);
  // Numbers and booleans in the file are read the same way as their environment spelling.
  return Object.fromEntries(Object.entries(parsed.data).map(([key, value]) => [key, typeof value === 'object' ? value : String(value)]));
}
