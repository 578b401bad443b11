import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MessageChannel, MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { Highs } from 'highs';
import { MilpJob, MilpRankResult, runMilpJob } from './milp';

/**
 * How the consortium search talks to HiGHS while it keeps searching itself. The search calls
 * start() when it hands a question over, polls() at every clock check, and waits for the rest only
 * when its own budget is spent (see solver.ts, runRace).
 */
export interface MilpLink {
  /** Starts solving `job` (cancelling an earlier one). Returns at once, or (inline) when done. */
  start(job: MilpJob): void;
  /** The ranks reported so far for the current job; never blocks. */
  poll(): MilpRankResult[];
  /** Whether the current job has finished (every rank reported, or stopped). */
  done(): boolean;
  /**
   * Blocks this thread until the current job has finished, `until` (checked whenever a rank comes
   * in) is true, or `deadline` (Date.now() ms) has passed.
   */
  wait(deadline: number, until?: () => boolean): void;
  /** Asks the current job to stop; what it reported stays. */
  cancel(): void;
}

/**
 * HiGHS on the calling thread: start() solves the whole job before it returns. The search pauses
 * meanwhile, so nothing races; the outcome is deterministic, which is what specs need.
 */
export class InlineMilpLink implements MilpLink {
  private results: MilpRankResult[] = [];
  /** Jobs started, for specs that check the hand-over happened. */
  jobs = 0;

  constructor(private readonly highs: Highs) {}

  start(job: MilpJob): void {
    this.jobs++;
    this.results = [];
    try {
      runMilpJob(this.highs, job, (r) => this.results.push(r));
    } catch (e) {
      this.results.push({ rank: this.results.length, status: 'error', firms: null, value: null, bound: null, message: String(e) });
    }
  }

  poll(): MilpRankResult[] {
    return this.results;
  }

  done(): boolean {
    return true;
  }

  wait(): void {}

  cancel(): void {}
}

interface WorkerMessage {
  jobId: number;
  result?: MilpRankResult;
  finished?: boolean;
}

/**
 * A worker thread (highs.worker.ts) to load HiGHS into and run the jobs in, so the search goes on
 * while HiGHS works. Messages come back on a MessageChannel that this thread reads synchronously
 * (receiveMessageOnPort); a shared counter says when there is something to read, so a poll costs
 * an atomic load. Cancelling sets a shared job id that HiGHS's interrupt callback checks.
 */
export class WorkerMilpLink implements MilpLink {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  /** [0]: messages posted by the worker; [1]: the highest job id to cancel. */
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private seen = 0;
  private jobId = 0;
  private results: MilpRankResult[] = [];
  private finished = true;

  start(job: MilpJob): void {
    this.cancel();
    this.ensureWorker();
    this.jobId++;
    this.results = [];
    this.finished = false;
    (this.port as MessagePort).postMessage({ jobId: this.jobId, job });
  }

  poll(): MilpRankResult[] {
    if (!this.port || Atomics.load(this.signal, 0) === this.seen) return this.results;
    this.seen = Atomics.load(this.signal, 0);
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const msg = m.message as WorkerMessage;
      if (msg.jobId !== this.jobId) continue;
      if (msg.result) this.results.push(msg.result);
      if (msg.finished) this.finished = true;
    }
    return this.results;
  }

  done(): boolean {
    this.poll();
    return this.finished;
  }

  wait(deadline: number, until?: () => boolean): void {
    for (;;) {
      const count = Atomics.load(this.signal, 0);
      if (this.done() || until?.()) return;
      const left = deadline - Date.now();
      if (left <= 0) return;
      Atomics.wait(this.signal, 0, count, left);
    }
  }

  cancel(): void {
    if (!this.finished) Atomics.store(this.signal, 1, this.jobId);
  }

  /**
   * Starts the worker thread and loads HiGHS into it now, so that the first hand-over does not wait
   * for the thread and the WASM (the search goes on meanwhile, but HiGHS would start late).
   */
  warm(): void {
    this.ensureWorker();
  }

  /** Stops the worker thread (it is started again by the next job). */
  close(): Promise<number> | undefined {
    const w = this.worker;
    this.worker = null;
    this.port?.close();
    this.port = null;
    this.finished = true;
    return w?.terminate();
  }

  private ensureWorker(): void {
    if (this.worker) return;
    const { port1, port2 } = new MessageChannel();
    const { file, execArgv } = workerScript('highs.worker');
    this.worker = new Worker(file, { workerData: { port: port2, signal: this.signal }, transferList: [port2], execArgv });
    // A worker that dies leaves its job unanswered: the search simply does not hear from it.
    this.worker.on('error', () => this.close());
    this.worker.unref();
    this.port = port1;
    this.seen = Atomics.load(this.signal, 0);
  }
}

/**
 * The file a worker thread runs: the compiled .js next to this one, or under ts sources (specs,
 * `ts-node`-less development) the .ts file with a small SWC require hook (scripts/ts-worker-hook.js).
 */
export function workerScript(name: string): { file: string; execArgv: string[] } {
  const js = join(__dirname, `${name}.js`);
  if (existsSync(js)) return { file: js, execArgv: [] };
  const hook = resolve(__dirname, '../../../../scripts/ts-worker-hook.js');
  return { file: join(__dirname, `${name}.ts`), execArgv: ['--require', hook] };
}

/**
 * Ranks `offset` .. `offset + count − 1` of one job on `link`, seen as a job of their own (ranks
 * from 0): a covering-like tender sends HiGHS all its ranks at once (one model, as the reference
 * does, instead of a second model built from scratch for ranks 2..K), and the rank-1 search and the
 * ranks-2..K search each watch their part. `attached`: the job is already running, start() only
 * attaches to it.
 */
export class RankWindow implements MilpLink {
  constructor(
    private readonly link: MilpLink,
    private readonly offset: number,
    private readonly count: number,
    private readonly attached: boolean,
  ) {}

  start(job: MilpJob): void {
    if (!this.attached) this.link.start(job);
  }

  poll(): MilpRankResult[] {
    return this.link
      .poll()
      .filter((r) => r.rank >= this.offset && r.rank < this.offset + this.count)
      .map((r) => ({ ...r, rank: r.rank - this.offset }));
  }

  done(): boolean {
    return this.link.done() || this.windowDone();
  }

  wait(deadline: number, until?: () => boolean): void {
    this.link.wait(deadline, () => this.windowDone() || (until?.() ?? false));
  }

  cancel(): void {
    this.link.cancel();
  }

  /** Every rank of the window reported, or one that ends the job's ranks (not optimal). */
  private windowDone(): boolean {
    const mine = this.poll();
    return mine.length >= this.count || mine.some((r) => r.status !== 'optimal');
  }
}
