import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Every log line the server printed, parsed where it was JSON. */
  logs: unknown[];
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends the signal (SIGKILL by default) and waits for the process to be gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Removes the data folder (after stop or kill). */
  cleanUp(): void;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a data folder, e.g. to restart after a kill. */
  dataDir?: string;
  timeoutMs?: number;
}

/**
 * Starts `server.ts` as a real child process on a free port with its own data folder and the
 * embedded defaults, and resolves once it logs that it is listening.
 */
export async function startServerProcess(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'parley-test-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: unknown[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${options.timeoutMs ?? 20000} ms:\n${stderr}`)), options.timeoutMs ?? 20000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: unknown = line;
      try { entry = JSON.parse(line); } catch { /* plain text */ }
      logs.push(entry);
      if (isListening(entry)) {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? -1,
    dataDir,
    logs,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        await exited;
      }
    },
    cleanUp() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function isListening(entry: unknown): entry is { msg: 'listening'; port: number } {
  return typeof entry === 'object' && entry !== null && 'msg' in entry && entry.msg === 'listening' && 'port' in entry && typeof entry.port === 'number';
}
