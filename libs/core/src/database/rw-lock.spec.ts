import { ReadWriteLock } from './rw-lock';

const tick = () => new Promise((r) => setImmediate(r));

describe('ReadWriteLock', () => {
  it('lets readers share but keeps writers exclusive', async () => {
    const lock = new ReadWriteLock();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const r1 = lock.read(async () => {
      log.push('r1 start');
      await gate;
      log.push('r1 end');
    });
    const r2 = lock.read(async () => {
      log.push('r2 start');
      await gate;
      log.push('r2 end');
    });
    const w = lock.write(async () => {
      log.push('w');
    });
    await tick();
    expect(log).toEqual(['r1 start', 'r2 start']);
    release();
    await Promise.all([r1, r2, w]);
    expect(log.indexOf('w')).toBeGreaterThan(log.indexOf('r2 end'));
  });

  it('prefers a waiting writer over readers that arrive later', async () => {
    const lock = new ReadWriteLock();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const r1 = lock.read(async () => {
      await gate;
      log.push('r1');
    });
    const w = lock.write(async () => {
      log.push('w');
    });
    const r2 = lock.read(async () => {
      log.push('r2');
    });
    await tick();
    release();
    await Promise.all([r1, w, r2]);
    expect(log).toEqual(['r1', 'w', 'r2']);
  });

  it('serialises writers in arrival order and releases on failure', async () => {
    const lock = new ReadWriteLock();
    const log: number[] = [];
    const jobs = [1, 2, 3].map((n) =>
      lock.write(async () => {
        await tick();
        log.push(n);
        if (n === 2) throw new Error('boom');
      }),
    );
    const results = await Promise.allSettled(jobs);
    expect(log).toEqual([1, 2, 3]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(lock.state).toEqual({ readers: 0, writer: false, waiting: 0 });
  });
});
