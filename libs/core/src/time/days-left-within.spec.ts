import { daysLeft, daysLeftWithin, osloStartOfDay } from './oslo-time';

describe('daysLeftWithin (many deadlines, e.g. the pipeline’s upcoming ones)', () => {
  // every hour of the days around both of 2026's clock changes, and around the Oslo midnights,
  // as "now"; deadlines at, just before and just after every midnight of the coming 33 days and
  // at a few hours in between: the same days left as core's daysLeft, whatever the instant
  const nows = [
    ...Array.from({ length: 72 }, (_, h) => osloStartOfDay('2026-03-27').getTime() + h * 3_600_000),
    ...Array.from({ length: 72 }, (_, h) => osloStartOfDay('2026-10-23').getTime() + h * 3_600_000),
    ...Array.from({ length: 72 }, (_, h) => osloStartOfDay('2026-02-26').getTime() + h * 3_600_000), // a month before March's change
    osloStartOfDay('2026-12-07').getTime(),
    osloStartOfDay('2026-12-07').getTime() - 1,
  ];
  it.each(nows.map((now) => [new Date(now).toISOString(), now]))('now %s', (_label, now) => {
    const left = daysLeftWithin(now, 31);
    const day = 86_400_000;
    for (let k = 0; k <= 33; k++) {
      const midnight = osloStartOfDay(new Date(now + k * day).toISOString().slice(0, 10)).getTime();
      for (const d of [midnight - 1, midnight, midnight + 1, midnight + 7 * 3_600_000, midnight + 23 * 3_600_000, now + k * day]) {
        if (d < now) continue;
        expect([d, left(new Date(d))]).toEqual([d, daysLeft(new Date(d), new Date(now))]);
      }
    }
  });
});
