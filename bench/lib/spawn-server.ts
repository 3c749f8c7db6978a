import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerChild {
  label: string;
  port: number;
  pid: number;
  url: string;
  /** Lines the server printed after it said it was listening (a chatty log would skew the bench). */
  linesAfterListening(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  /** Extra node flags, e.g. `--cpu-prof` (which NODE_OPTIONS does not accept). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/**
 * Starts `node --import tsx <script>` from the project root with `env` on top of this process's
 * environment, and resolves with the port once it prints `{"msg":"listening","port":N}`.
 */
export async function spawnServer(label: string, script: string, env: Record<string, string>, options: SpawnOptions = {}): Promise<ServerChild> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let listening = false;
  let linesAfter = 0;
  child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${label} exited before listening:\n${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (listening) {
        linesAfter += 1;
        return;
      }
      const found = listeningPort(line);
      if (found !== undefined) {
        listening = true;
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
  const pid = child.pid ?? -1;
  return {
    label, port, pid, url: `http://127.0.0.1:${port}`,
    linesAfterListening: () => linesAfter,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function listeningPort(line: string): number | undefined {
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry === 'object' && entry !== null && 'msg' in entry && entry.msg === 'listening' && 'port' in entry && typeof entry.port === 'number') return entry.port;
  } catch {
    // Not a JSON line.
  }
  return undefined;
}
