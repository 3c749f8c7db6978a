import type { Logger } from 'pino';
import { toolError, type Tool, type ToolContext, type ToolResult } from './define-tool.js';

/**
 * One registry serves the flow interpreter and the optional LLM agent. Every call is validated,
 * authorized, bounded by the tool's timeout, and turned into a value: a tool never throws at its caller.
 */
export class ToolRegistry {
  private readonly tools = new Map<string, Tool>();

  constructor(private readonly log: Logger) {}

  register<Input, Output>(tool: Tool<Input, Output>): this {
    if (this.tools.has(tool.name)) throw new Error(`tool ${tool.name} is registered twice`);
    this.tools.set(tool.name, tool as unknown as Tool);
    return this;
  }

  has(name: string): boolean {
    return this.tools.has(name);
  }

  list(): Tool[] {
    return [...this.tools.values()];
  }

  async call<Output = unknown>(name: string, input: unknown, ctx: ToolContext): Promise<ToolResult<Output>> {
    const tool = this.tools.get(name);
    if (!tool) return toolError('unknown-tool', `no tool named ${name}`);
    if (!tool.allowAnonymous && ctx.customerId === undefined) return toolError('not-verified');
    const parsedInput = tool.inputSchema.safeParse(input);
    if (!parsedInput.success) return toolError('invalid-input', parsedInput.error.issues[0]?.message);
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<ToolResult<unknown>>((resolve) => {
        timer = setTimeout(() => resolve(toolError('timeout', `${name} took longer than ${tool.timeoutMs} ms`)), tool.timeoutMs);
      });
      const result = await Promise.race([tool.execute(parsedInput.data, ctx), timeout]);
      if (result.type === 'tool-error') return result;
      const parsedOutput = tool.outputSchema.safeParse(result.output);
      if (!parsedOutput.success) {
        this.log.error({ tool: name, issues: parsedOutput.error.issues }, 'tool returned output that breaks its schema');
        return toolError('invalid-output');
      }
      return { type: 'tool-result', output: parsedOutput.data as Output };
    } catch (error) {
      this.log.error({ err: error, tool: name }, 'tool threw');
      return toolError('tool-failed');
    } finally {
      clearTimeout(timer);
    }
  }
}
