import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../lib/spawn-server.js';
import { LoadReport, type LoadCommand, type PhaseResult } from './load-protocol.js';

const clientScript = fileURLToPath(new URL('./load-client.ts', import.meta.url));

/** The bench's handle on the forked load-client process: one command at a time, one report each. */
export class LoadClientProcess {
  private constructor(private readonly child: ChildProcess, private readonly reports: LoadReport[], private wake: () => void) {}

  static async start(): Promise<LoadClientProcess> {
    const child = fork(clientScript, [], { cwd: projectRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const reports: LoadReport[] = [];
    const client = new LoadClientProcess(child, reports, () => {});
    child.on('message', (message: unknown) => {
      reports.push(LoadReport.parse(message));
      client.wake();
    });
    child.once('exit', () => client.wake());
    const ready = await client.next(30_000);
    if (ready.type !== 'ready') throw new Error(`load client said ${ready.type} first`);
    return client;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async connect(url: string, clients: number): Promise<number> {
    const report = await this.request({ type: 'connect', url, clients, parallel: 50, timeoutMs: 20_000 }, 120_000);
    if (report.type !== 'connected') throw new Error(`connect: ${report.type}`);
    return report.elapsedMs;
  }

  async phase(command: Extract<LoadCommand, { type: 'closed-loop' | 'open-loop' }>): Promise<PhaseResult> {
    const report = await this.request(command, command.warmUpMs + command.windowMs + command.drainMs + 30_000);
    if (report.type !== 'phase') throw new Error(`${command.type}: ${report.type}`);
    return report.result;
  }

  async disconnect(): Promise<void> {
    await this.request({ type: 'disconnect' }, 30_000);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'exit' } satisfies LoadCommand);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }

  private async request(command: LoadCommand, timeoutMs: number): Promise<LoadReport> {
    this.child.send(command);
    const report = await this.next(timeoutMs);
    if (report.type === 'failed') throw new Error(`load client: ${report.message}`);
    return report;
  }

  private async next(timeoutMs: number): Promise<LoadReport> {
    const deadline = performance.now() + timeoutMs;
    while (this.reports.length === 0) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error('the load client exited');
      if (performance.now() > deadline) throw new Error(`the load client did not answer within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.wake = () => { clearTimeout(timer); resolve(); };
      });
    }
    return this.reports.shift()!;
  }
}
