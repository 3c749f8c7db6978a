import type { z } from 'zod';

/** Who is asking, taken from the verified conversation, never from text or model arguments. */
export interface ToolContext {
  /** The verified customer, or undefined for an anonymous shopper. */
  customerId: string | undefined;
  language: string;
  signal: AbortSignal;
  /** Set for writes: the same key twice must have the effect once. */
  idempotencyKey?: string;
}

export type ToolResult<Output> =
  | { type: 'tool-result'; output: Output }
  | { type: 'tool-error'; code: string; message?: string };

export interface Tool<Input = unknown, Output = unknown> {
  name: string;
  description: string;
  inputSchema: z.ZodType<Input>;
  outputSchema: z.ZodType<Output>;
  effect: 'read' | 'write';
  needsConfirmation: boolean;
  /** Whether an anonymous shopper may call it (e.g. the catalog, or verifying ownership). */
  allowAnonymous: boolean;
  timeoutMs: number;
  execute(input: Input, ctx: ToolContext): Promise<ToolResult<Output>>;
}

/** Declares a tool schema-first; the registry validates input and output around `execute`. */
export function defineTool<Input, Output>(tool: Tool<Input, Output>): Tool<Input, Output> {
  return tool;
}

export function toolError(code: string, message?: string): { type: 'tool-error'; code: string; message?: string } {
  return { type: 'tool-error', code, ...(message !== undefined && { message }) };
}

export function toolResult<Output>(output: Output): { type: 'tool-result'; output: Output } {
  return { type: 'tool-result', output };
}
