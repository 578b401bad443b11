import { performance } from 'node:perf_hooks';

export interface GqlError {
  message: string;
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  /** x-sql-statements (outside production), else null. */
  sqlStatements: number | null;
  ms: number;
  /** OK, an extensions.code, HTTP_<status> or NETWORK. */
  outcome: string;
}

/** A minimal GraphQL-over-HTTP client on Node's fetch (keep-alive), as a browser would call the API. */
export class GqlClient {
  token: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** `requestId` is sent as x-request-id: the server keeps it in the audit record of a write. */
  async post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts: { requestId?: string } = {},
  ): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (opts.requestId) headers['x-request-id'] = opts.requestId;
    const t0 = performance.now();
    try {
      const res = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      let body: { data?: T | null; errors?: GqlError[] } = {};
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: reported as HTTP_<status> below
      }
      const header = res.headers.get('x-sql-statements');
      const code = body.errors?.length ? (body.errors[0].extensions?.code ?? 'UNKNOWN') : res.status === 200 ? 'OK' : `HTTP_${res.status}`;
      return {
        status: res.status,
        data: body.data,
        errors: body.errors,
        sqlStatements: header === null ? null : Number(header),
        ms,
        outcome: code,
      };
    } catch (e) {
      return {
        status: 0,
        data: undefined,
        errors: [
          {
            message: e instanceof Error ? `${e.message}${e.cause ? ` (${String((e.cause as Error).message ?? e.cause)})` : ''}` : String(e),
          },
        ],
        sqlStatements: null,
        ms: performance.now() - t0,
        outcome: 'NETWORK',
      };
    }
  }

  /** Posts and insists on a clean answer (no errors); for set-up steps, not for measured load. */
  async must<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T> & { data: T }> {
    const r = await this.post<T>(query, variables);
    if (r.outcome !== 'OK' || !r.data) {
      throw new Error(`GraphQL call failed (${r.outcome}): ${r.errors?.map((e) => e.message).join('; ')}\n  ${query.slice(0, 200)}`);
    }
    return r as GqlResponse<T> & { data: T };
  }

  async login(email: string, password: string): Promise<string> {
    const r = await this.must<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email, password },
    });
    this.token = r.data.login.token;
    return this.token;
  }
}
