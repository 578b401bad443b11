import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from './milp-link';
import { SolverInputError } from './solver-input-error';
import type { ConsortiumProblem, ConsortiumSolution } from './types';

interface Job {
  id: number;
  problem: ConsortiumProblem;
  resolve: (s: ConsortiumSolution) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

interface Reply {
  id: number;
  solution?: ConsortiumSolution;
  error?: { input: boolean; message: string; details?: Record<string, unknown>; stack?: string };
}

/**
 * Solves consortium problems on worker threads (solver.worker.ts: the branch and bound racing HiGHS,
 * solveConsortiumHybrid), so that a solve never blocks the event loop of the process that asks.
 * `size` workers at most, started when first needed and kept; more problems than that wait their
 * turn in order. The time budget of a problem counts from when a worker takes it. A worker that
 * dies fails its problem with an error and is replaced by the next problem.
 */
export class ConsortiumSolverPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size = Math.max(1, Math.min(2, availableParallelism() - 1))) {}

  solve(problem: ConsortiumProblem): Promise<ConsortiumSolution> {
    if (this.closed) return Promise.reject(new Error('the consortium solver pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, problem, resolve, reject });
      this.dispatch();
    });
  }

  /** Problems waiting for a worker (not counting those being solved). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Stops every worker; problems not yet answered fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the consortium solver pool was closed'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.job?.reject(new Error('the consortium solver pool was closed'));
        slot.job = null;
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, problem: job.problem });
    }
  }

  private spawn(): Slot {
    const { file, execArgv } = workerScript('solver.worker');
    const slot: Slot = { worker: new Worker(file, { execArgv }), job: null };
    slot.worker.on('message', (reply: Reply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      slot.worker.unref(); // an idle worker does not keep the process alive
      if (reply.solution) job.resolve(reply.solution);
      else if (reply.error?.input) job.reject(new SolverInputError(reply.error.message, reply.error.details));
      else {
        const error = new Error(`consortium solver failed: ${reply.error?.message ?? 'no answer'}`);
        if (reply.error?.stack) error.stack = reply.error.stack;
        job.reject(error);
      }
      this.dispatch();
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.job?.reject(new Error(`consortium solver worker ${why}`));
      slot.job = null;
      if (!this.closed) this.dispatch();
    };
    slot.worker.on('error', (e) => lost(`failed: ${e.message}`));
    slot.worker.on('exit', (code) => lost(`exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}
