import { describeRounds, pooledPercentile, roundTails, slowFindings } from './tails';

describe('honest tails', () => {
  // 1,000 quick requests and two that stalled: the median and p99 look fine, the findings must not
  const samples = [
    ...Array.from({ length: 1000 }, (_, i) => ({ atMs: i * 10, ms: 5 + (i % 10) })),
    { atMs: 4200, ms: 1204 },
    { atMs: 7000, ms: 3050 },
  ];

  it('reports p99.9, the slowest request and every request over a second, timeouts included', () => {
    const t = roundTails(3, samples, 10, 1);
    expect(t.requests).toBe(1002);
    expect(t.p50).toBe(10);
    expect(t.p99).toBe(14);
    expect(t.p999).toBe(1204);
    expect(t.max).toBe(3050);
    expect(t.over1s).toBe(3);
    expect(t.slow).toEqual([
      { atS: 7, ms: 3050 },
      { atS: 4.2, ms: 1204 },
    ]);
    expect(slowFindings('members', [t])).toEqual([
      'members, round 3: 3 request(s) slower than 1 s (3050 ms at 7 s, 1204 ms at 4.2 s); 1 of them never answered (timeout)',
    ]);
    expect(describeRounds([t])).toBe('r3 p99 14 / p99.9 1204 / max 3050 ms, 3 > 1 s');
  });

  it('says nothing of a round without slow requests, and pools rounds for the p99', () => {
    const quick = roundTails(1, samples.slice(0, 1000), 10);
    expect(quick.over1s).toBe(0);
    expect(slowFindings('members', [quick])).toEqual([]);
    expect(pooledPercentile([...Array(98).fill(1), 50, 60], 99)).toBe(50);
  });
});
