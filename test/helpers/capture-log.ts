import { pino, type Logger } from 'pino';

/** A real pino logger whose JSON lines are kept in memory for assertions. */
export function captureLog(level: pino.Level = 'info'): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level }, { write: (line: string) => { lines.push(JSON.parse(line) as Record<string, unknown>); } });
  return { log, lines };
}
