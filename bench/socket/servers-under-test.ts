import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type ServerChild } from '../lib/spawn-server.js';

export type ServerKey = 'echo' | 'parley-memory' | 'parley-sqlite';

export interface ServerUnderTest {
  key: ServerKey;
  label: string;
  /** Starts a fresh server process; `stop` also removes its data folder. */
  start(): Promise<ServerChild>;
}

const loopback = { HOST: '127.0.0.1', PORT: '0' };

/** `BENCH_CPU_PROF=<folder> npm run bench -- socket` writes a V8 CPU profile of every Parley server run there. */
const profileFolder = process.env.BENCH_CPU_PROF;
const parleyNodeArgs = profileFolder ? ['--cpu-prof', `--cpu-prof-dir=${profileFolder}`] : [];

export const echoServer: ServerUnderTest = {
  key: 'echo',
  label: 'bare socket.io echo',
  start: () => spawnServer('echo server', 'bench/peers/echo-server.ts', loopback),
};

/**
 * Parley's own `server.ts` in a child process. LOG_LEVEL is `info`, not `silent`, because the
 * port is read from the `listening` log line; no turn logs at info on these paths, and the
 * bench reports any line printed after `listening` so a chatty server would be seen.
 * The rate limit is lifted (a closed loop sends far faster than a person types).
 */
export function parleyServer(store: 'memory' | 'sqlite'): ServerUnderTest {
  return {
    key: `parley-${store}`,
    label: `Parley (${store} store)`,
    async start() {
      const dataDir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
      try {
        const child = await spawnServer(`Parley (${store})`, 'server.ts', {
          ...loopback, NODE_ENV: 'production', LOG_LEVEL: 'info', STORE: store, DATA_DIR: dataDir,
          RATE_LIMIT_POINTS: '1000000000', RATE_LIMIT_WINDOW_SECONDS: '1',
        }, { nodeArgs: parleyNodeArgs });
        return {
          ...child,
          async stop(graceMs) {
            await child.stop(graceMs);
            rmSync(dataDir, { recursive: true, force: true });
          },
        };
      } catch (error) {
        rmSync(dataDir, { recursive: true, force: true });
        throw error;
      }
    },
  };
}
