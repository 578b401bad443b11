import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '@app/core';
import type { DbEnv } from './bench-target';
import { BENCH_JWT_SECRET } from './nest';
import { outDir } from './report-files';

/** Variables a bench child must never inherit from the shell: they could point at the demo database. */
const SCRUBBED = ['DATABASE_URL', 'DATABASE_PATH', 'BENCH_DATABASE_URL', 'BENCH_DATABASE_PATH', 'PORT', 'NODE_OPTIONS'];

export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of SCRUBBED) delete env[k];
  return { ...env, ...extra };
}

let tasksetChecked: boolean | undefined;
/** `taskset -c <cpu>` when the machine has taskset and that core; otherwise no pinning (noted in the report). */
export function pinned(cpu: number, argv: string[]): { command: string; args: string[]; pinnedTo: number | null } {
  if (tasksetChecked === undefined) {
    try {
      execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
      tasksetChecked = true;
    } catch {
      tasksetChecked = false;
    }
  }
  if (!tasksetChecked || cpu >= cpus().length) return { command: argv[0], args: argv.slice(1), pinnedTo: null };
  return { command: 'taskset', args: ['-c', String(cpu), ...argv], pinnedTo: cpu };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface RunningServer {
  url: string;
  pid: number;
  pinnedTo: number | null;
  stop(): Promise<void>;
  /** Last lines the process wrote, for error messages. */
  output(): string;
  /** How it ended if it ended on its own (crash, exit) before stop(); null while running or after stop(). */
  died(): string | null;
  /** Everything it wrote, kept in bench/out/ for a post-mortem. */
  logFile: string;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer /health within ${timeoutMs} ms:\n${output()}`);
}

function stopper(child: ChildProcess, markStopping: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    markStopping();
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
}

let serverCounter = 0;

function spawnServer(argv: string[], env: NodeJS.ProcessEnv, cpu: number) {
  const p = pinned(cpu, argv);
  const child = spawn(p.command, p.args, { cwd: projectRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logFile = join(outDir(), `server-${process.pid}-${++serverCounter}.log`);
  const log = createWriteStream(logFile);
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
    log.write(d);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let stopping = false;
  let death: string | null = null;
  child.on('exit', (code, signal) => {
    if (!stopping)
      death = `the server (pid ${child.pid}) ended without being stopped by the harness: ${signal ? `signal ${signal}` : `exit code ${code}`}; log ${logFile}`;
    // a log is kept only when the server died on its own
    log.end(() => {
      if (!death) rmSync(logFile, { force: true });
    });
  });
  return { child, pinnedTo: p.pinnedTo, output: () => tail, logFile, died: () => death, markStopping: () => (stopping = true) };
}

/**
 * Starts the real API (`node dist/apps/api/src/main.js`) on a free port against `db`, pinned to one
 * core, with the mutation rate limit lifted for load tests. With `memoryFile`, a preloaded probe
 * writes process.memoryUsage() (after a full GC) there whenever the process gets SIGWINCH.
 */
export async function startApiServer(
  db: DbEnv,
  opts: {
    cpu?: number;
    nodeEnv?: 'production' | 'development';
    memoryFile?: string;
    stallFile?: string;
    env?: Record<string, string>;
  } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const main = join(projectRoot(), 'dist', 'apps', 'api', 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: npm run bench builds it (nest build cli).`);
  const probe = join(__dirname, 'memory-probe.js');
  const argv = [
    'node',
    ...(opts.memoryFile ? ['--expose-gc', '-r', probe] : []),
    ...(opts.stallFile ? ['-r', join(__dirname, 'stall-probe.js')] : []),
    main,
  ];
  const env = childEnv({
    ...db,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: opts.nodeEnv ?? 'production',
    JWT_SECRET: BENCH_JWT_SECRET,
    JWT_TTL_SECONDS: '86400',
    SEED_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    MUTATION_RATE_LIMIT: '100000000',
    ...(opts.memoryFile ? { BENCH_MEMORY_FILE: opts.memoryFile } : {}),
    ...(opts.stallFile ? { BENCH_STALL_FILE: opts.stallFile } : {}),
    ...opts.env,
  });
  const { child, pinnedTo, output, logFile, died, markStopping } = spawnServer(argv, env, opts.cpu ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, markStopping);
  try {
    await waitForHealth(url, child, output, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, pid: child.pid!, pinnedTo, stop, output, died, logFile };
}

/** The baseline: a bare Apollo Server 5 on Express 5 answering `{ __typename }` (bench/lib/raw-apollo-server.ts). */
export async function startRawApollo(opts: { cpu?: number } = {}): Promise<RunningServer> {
  const port = await freePort();
  const { child, pinnedTo, output, logFile, died, markStopping } = spawnServer(
    ['node', join(__dirname, 'raw-apollo-server.js')],
    childEnv({ PORT: String(port), NODE_ENV: 'production' }),
    opts.cpu ?? 0,
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, markStopping);
  try {
    await waitForHealth(url, child, output, 30_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, pid: child.pid!, pinnedTo, stop, output, died, logFile };
}
