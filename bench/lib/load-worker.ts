/**
 * Runs one autocannon measurement as a child process (pinned to its own core by the parent) and
 * prints the result as JSON. Every response body is checked: a 200 can still carry GraphQL errors.
 */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
// autocannon 9 ships no type declarations: the part used here
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

export interface LoadConfig {
  url: string;
  connections: number;
  durationSeconds: number;
  /** POST with this body (GraphQL), or GET when the method says so (e.g. /health). */
  body: string;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  /** A substring every good response contains, e.g. "__typename":"Query". */
  expect: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The slowest response of the run. */
  maxMs: number;
  total: number;
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  graphqlErrors: number;
  wrongAnswers: number;
  errorCodes: Record<string, number>;
}

function codeOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return parsed.errors?.[0]?.extensions?.code ?? 'UNKNOWN';
  } catch {
    return 'NOT_JSON';
  }
}

async function main(): Promise<void> {
  const cfg = JSON.parse(process.env.BENCH_LOAD_CONFIG ?? '{}') as LoadConfig;
  let graphqlErrors = 0;
  let wrongAnswers = 0;
  const errorCodes: Record<string, number> = {};
  const result = await autocannon({
    url: cfg.url,
    connections: cfg.connections,
    duration: cfg.durationSeconds,
    method: cfg.method ?? 'POST',
    headers: cfg.headers,
    ...(cfg.method === 'GET' ? {} : { body: cfg.body }),
    requests: [
      {
        onResponse: (status: number, body: string) => {
          if (body.includes('"errors":')) {
            graphqlErrors++;
            const code = codeOf(body);
            errorCodes[code] = (errorCodes[code] ?? 0) + 1;
          } else if (status === 200 && !body.includes(cfg.expect)) wrongAnswers++;
        },
      },
    ],
  });
  const out: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    wrongAnswers,
    errorCodes,
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
