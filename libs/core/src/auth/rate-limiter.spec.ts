import { SlidingWindowLimiter } from './rate-limiter';

describe('SlidingWindowLimiter', () => {
  it('allows up to the limit in the window, then refuses until hits age out', () => {
    let now = 0;
    const l = new SlidingWindowLimiter(3, 1000, () => now);
    expect([l.tryHit('u1'), l.tryHit('u1'), l.tryHit('u1'), l.tryHit('u1')]).toEqual([true, true, true, false]);
    expect(l.tryHit('u2')).toBe(true); // other users are not affected
    now = 1001;
    expect(l.tryHit('u1')).toBe(true);
  });
});
