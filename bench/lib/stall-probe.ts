/**
 * Preloaded into the API server by the ocds-upload-latency entry (`node -r stall-probe.js main.js`):
 * a 10 ms timer notes every gap over 50 ms in the event loop, with the CPU time the process used
 * meanwhile, as one JSON line in BENCH_STALL_FILE. A gap the process spent computing (CPU ≈ gap) is
 * work that held the loop; a gap with little CPU is the machine giving the core to someone else.
 * The server's own code is untouched.
 */
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const file = process.env.BENCH_STALL_FILE;
if (file) {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const gap = now - last;
    if (gap > 60) {
      const cpuMs = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
      appendFileSync(file, JSON.stringify({ at: Date.now(), gapMs: Math.round(gap - 10), cpuMs: Math.round(cpuMs) }) + '\n');
    }
    last = now;
    lastCpu = cpu;
  }, 10).unref();
}
