import { type MessagePort, workerData } from 'node:worker_threads';
import loadHighs from 'highs';
import { MilpJob, MilpRankResult, runMilpJob } from './milp';

/**
 * Worker thread of WorkerMilpLink: loads HiGHS once and solves the jobs it is sent, one at a time,
 * posting each rank as it is done. After every message it bumps a shared counter (and wakes a
 * waiting thread); HiGHS is interrupted when the shared "cancel up to" id reaches the job's id.
 */
const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };
const highs = loadHighs();

function post(message: { jobId: number; result?: MilpRankResult; finished?: boolean }): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on('message', (msg: { jobId: number; job: MilpJob }) => {
  void highs.then(
    (h) => {
      const cancelled = () => Atomics.load(signal, 1) >= msg.jobId;
      try {
        if (!cancelled()) runMilpJob(h, msg.job, (result) => post({ jobId: msg.jobId, result }), cancelled);
      } catch (e) {
        post({
          jobId: msg.jobId,
          result: { rank: 0, status: 'error', firms: null, value: null, bound: null, message: e instanceof Error ? e.message : String(e) },
        });
      }
      post({ jobId: msg.jobId, finished: true });
    },
    (e: unknown) => {
      post({
        jobId: msg.jobId,
        result: { rank: 0, status: 'error', firms: null, value: null, bound: null, message: `HiGHS did not load: ${String(e)}` },
      });
      post({ jobId: msg.jobId, finished: true });
    },
  );
});
