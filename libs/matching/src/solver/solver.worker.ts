import { parentPort } from 'node:worker_threads';
import { WorkerMilpLink } from './milp-link';
import { solveConsortiumHybrid } from './solver';
import { SolverInputError } from './solver-input-error';
import type { ConsortiumProblem } from './types';

/**
 * Worker thread of ConsortiumSolverPool: solves one problem at a time with solveConsortiumHybrid,
 * off the API's event loop. HiGHS, when a search hands over to it, runs in a further worker of its
 * own (WorkerMilpLink), started with this worker and kept for the next solves.
 */
const link = new WorkerMilpLink();
// HiGHS's thread and WASM are loaded while the first problem is still on its way (issue 23: the
// hand-over comes after 20 ms, sooner than the WASM loads).
link.warm();
const port = parentPort;
if (!port) throw new Error('solver.worker runs as a worker thread');

port.on('message', (msg: { id: number; problem: ConsortiumProblem }) => {
  try {
    port.postMessage({ id: msg.id, solution: solveConsortiumHybrid(msg.problem, link) });
  } catch (e) {
    const input = e instanceof SolverInputError;
    port.postMessage({
      id: msg.id,
      error: {
        input,
        message: e instanceof Error ? e.message : String(e),
        details: input ? e.details : undefined,
        stack: e instanceof Error ? e.stack : undefined,
      },
    });
  }
});
