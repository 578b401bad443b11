/**
 * Runs one autocannon measurement as a child process (pinned to its own core by the parent) and
 * prints the result as JSON. Every response body is checked: a 200 can still carry GraphQL errors.
 * Every response's latency is kept too, so the round reports its own p99, p99.9, slowest request
 * and each request slower than a second (bench/lib/tails.ts), and rounds can be pooled.
 */
import { performance } from 'node:perf_hooks';
import { type RoundTails, roundTails } from './tails';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p99_9: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
// autocannon 9 ships no type declarations: the part used here
const autocannon = require('autocannon') as (
  opts: Record<string, unknown>,
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

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
  /** Seconds a request may take before autocannon gives up on it (a timeout); autocannon's default is 10. */
  timeoutSeconds?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  p999Ms: number;
  /** The slowest response of the run. */
  maxMs: number;
  total: number;
  non2xx: number;
  connectionErrors: number;
  timeouts: number;
  graphqlErrors: number;
  wrongAnswers: number;
  errorCodes: Record<string, number>;
  /** p99, p99.9, max and the requests over a second, from every response's own latency. */
  tails: RoundTails;
  /** Every response's latency in ms (0.1 ms), for p99 over several rounds pooled. */
  latencies: number[];
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
  const samples: { atMs: number; ms: number }[] = [];
  const t0 = performance.now();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: cfg.url,
        connections: cfg.connections,
        duration: cfg.durationSeconds,
        timeout: cfg.timeoutSeconds ?? 10,
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
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push({ atMs: performance.now() - t0, ms: responseTime }));
  });
  const tails = roundTails(1, samples, cfg.durationSeconds, result.timeouts);
  const out: LoadResult = {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    p999Ms: result.latency.p99_9,
    maxMs: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    wrongAnswers,
    errorCodes,
    tails,
    latencies: samples.map((s) => Math.round(s.ms * 10) / 10),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exit(1);
});
