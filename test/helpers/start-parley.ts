import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../config/load-config.js';
import { createParley, type Parley } from '../../server.js';

export interface RunningParley {
  parley: Parley;
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Parley in this process on a free loopback port, with its own SQLite file unless told otherwise. */
export async function startParley(env: Record<string, string> = {}): Promise<RunningParley> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const parley = await createParley(config, pino({ level: config.LOG_LEVEL }));
  const port = await parley.listen();
  return {
    parley,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    async stop() {
      await parley.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
