import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * Every setting, by its environment variable name. The same names work in the optional
 * config file (`PARLEY_CONFIG=parley.yaml`); the environment wins over the file.
 */
export const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STORE: z.enum(['sqlite', 'memory']).default('sqlite'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_FILE: z.string().min(1).optional(),
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  BOT_DIR: z.string().min(1).default('./bots/shop'),
  REST_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  TURN_TIMEOUT_MS: positiveInt.max(120_000).default(10_000),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  RATE_LIMIT_POINTS: positiveInt.default(30),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(10),
  TRUST_PROXY: z.union([flag, z.string().min(1)]).default(false),
  SEED_DEMO_SHOP: flag.default(true),
  SHOP_CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD').default('USD'),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
