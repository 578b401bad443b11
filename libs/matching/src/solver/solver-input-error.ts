/**
 * Bad input to the solver (no requirements, contradictory options, an unusable required firm ...).
 * Plain TypeScript on purpose: the API layer maps it to its own coded error. An infeasible tender
 * is NOT an error: the solution then says what cannot be covered and why.
 */
export class SolverInputError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;
  /** Machine-readable facts, e.g. `{ firmId: 7, reasons: [...] }`. */
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'SolverInputError';
    this.details = details;
  }

  /** Same shape as a GraphQL error's extensions, so the API can pass it through. */
  get extensions(): { code: 'BAD_USER_INPUT'; details: Record<string, unknown> } {
    return { code: this.code, details: this.details };
  }
}
