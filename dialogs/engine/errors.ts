/** Errors that are thrown carry a stable `code`; expected failures are values instead. */
export class ParleyError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class TurnTimeoutError extends ParleyError {
  constructor(readonly timeoutMs: number) {
    super('turn-timeout', `the turn did not finish within ${timeoutMs} ms`);
  }
}

export class MiddlewareError extends ParleyError {
  constructor(message: string) {
    super('middleware-misuse', message);
  }
}

/** Two writers raced on one conversation's state; the later one must reload and retry. */
export class StateConflictError extends ParleyError {
  constructor(readonly conversationKey: string) {
    super('state-conflict', `conversation ${conversationKey} was changed by another turn`);
  }
}
