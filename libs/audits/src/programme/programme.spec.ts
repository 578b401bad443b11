import fc from 'fast-check';
import { dateOfDay, dayNumber, daysFrom, plusDays, plusMonths } from './calendar';
import { type ProgrammeInput, auditProgramme, windowGroups } from './programme';

const AS_OF = '2026-12-06';
const S = 10; // the supplier
const [A, B, C, D] = [1, 2, 3, 4];

function input(over: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return {
    asOf: AS_OF,
    horizonDays: 365,
    windowDays: 90,
    defaultIntervalMonths: 24,
    register: [],
    orders: [],
    records: [],
    scheduled: [],
    held: new Map(),
    activeMemberIds: new Set([A, B, C, D, S, 11]),
    ...over,
  };
}

const entry = (buyerId: number, since: string, standards: string[] = ['AQAP_2110'], extra: object = {}) => ({
  buyerId,
  supplierId: S,
  standards,
  intervalMonths: 24,
  since,
  lastAuditedOn: null,
  ...extra,
});

describe('calendar', () => {
  it('adds months, keeping the day where the month has it and its last day where not', () => {
    expect(plusMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(plusMonths('2026-11-15', 24)).toBe('2028-11-15');
    expect(plusMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(plusDays('2100-02-28', 1)).toBe('2100-03-01');
  });

  it('counts days with integer arithmetic exactly as the JavaScript calendar does (1900–2200)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2200, 11, 31) / 86_400_000 }),
        fc.integer({ min: -4000, max: 4000 }),
        (day, delta) => {
          const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
          expect(dayNumber(iso)).toBe(day);
          expect(dateOfDay(day)).toBe(iso);
          expect(plusDays(iso, delta)).toBe(new Date((day + delta) * 86_400_000).toISOString().slice(0, 10));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('auditProgramme', () => {
  it('suggests one audit when two members fall due for one supplier within the window, led by the member holding the standard', () => {
    const p = auditProgramme(
      input({
        register: [entry(A, '2027-02-01'), entry(B, '2027-03-15')],
        held: new Map([[B, new Set(['AQAP_2110'])]]),
      }),
    );
    expect(p.needs.map((n) => [n.buyerId, n.standard, n.dueOn, n.overdue])).toEqual([
      [A, 'AQAP_2110', '2027-02-01', false],
      [B, 'AQAP_2110', '2027-03-15', false],
    ]);
    expect(p.suggestions).toEqual([
      {
        supplierId: S,
        members: [
          { memberId: A, standards: ['AQAP_2110'], dueOn: '2027-02-01' },
          { memberId: B, standards: ['AQAP_2110'], dueOn: '2027-03-15' },
        ],
        standards: ['AQAP_2110'],
        suggestedDate: '2027-02-01',
        windowStart: '2027-02-01',
        windowEnd: '2027-05-02',
        suggestedLeadMemberId: B,
        auditsSaved: 1,
      },
    ]);
  });

  it('suggests nothing when the due dates are further apart than the window, or only one member is due', () => {
    expect(auditProgramme(input({ register: [entry(A, '2027-01-01'), entry(B, '2027-04-02')] })).suggestions).toEqual([]);
    expect(auditProgramme(input({ register: [entry(A, '2027-01-01'), entry(B, '2027-04-01')] })).suggestions).toHaveLength(1);
    expect(auditProgramme(input({ register: [entry(A, '2027-01-01', ['AQAP_2110', 'ISO_9001'])] })).suggestions).toEqual([]);
  });

  it('groups greedily from the earliest due date: four members due on days 0, 80, 100 and 170 make two audits, not three', () => {
    const day = (n: number) => plusDays('2027-01-01', n);
    const p = auditProgramme(input({ register: [entry(A, day(0)), entry(B, day(80)), entry(C, day(100)), entry(D, day(170))] }));
    expect(p.suggestions.map((s) => s.members.map((m) => m.memberId))).toEqual([
      [A, B],
      [C, D],
    ]);
    expect(p.suggestions.map((s) => s.suggestedDate)).toEqual([day(0), day(100)]);
  });

  it('counts an overdue need as due today, so it is grouped with what falls due soon', () => {
    const p = auditProgramme(input({ register: [entry(A, '2025-06-01'), entry(B, '2027-02-20')] }));
    expect(p.needs[0]).toMatchObject({ buyerId: A, dueOn: '2025-06-01', overdue: true });
    expect(p.suggestions).toHaveLength(1);
    expect(p.suggestions[0]).toMatchObject({ suggestedDate: AS_OF, windowEnd: plusDays(AS_OF, 90) });
  });

  it('leaves out what an audit under way already covers, and what falls due after the horizon', () => {
    const register = [entry(A, '2027-01-10'), entry(B, '2027-01-20'), entry(C, '2027-02-01')];
    const p = auditProgramme(
      input({ register, scheduled: [{ auditId: 7, supplierId: S, standards: ['AQAP_2110'], memberIds: [A, B], plannedOn: '2027-01-15' }] }),
    );
    expect(p.needs.map((n) => n.scheduledAuditId)).toEqual([7, 7, null]);
    expect(p.suggestions).toEqual([]);
    const later = auditProgramme(input({ register: [entry(A, '2028-01-10'), entry(B, '2028-01-20')], horizonDays: 365 }));
    expect(later.needs.every((n) => !n.withinHorizon)).toBe(true);
    expect(later.suggestions).toEqual([]);
  });

  it('takes the next due date from the latest audit: a register record or an audit declared in the supplier register', () => {
    const p = auditProgramme(
      input({
        register: [entry(A, '2020-01-01', ['AQAP_2110'], { lastAuditedOn: '2025-03-01', intervalMonths: 12 }), entry(B, '2020-01-01')],
        records: [
          { supplierId: S, buyerId: A, standard: 'AQAP_2110', auditedOn: '2024-05-05' },
          { supplierId: S, buyerId: B, standard: 'AQAP_2110', auditedOn: '2025-11-30' },
          { supplierId: S, buyerId: B, standard: 'AQAP_2110', auditedOn: '2024-11-30' },
        ],
      }),
    );
    expect(p.needs.map((n) => [n.buyerId, n.lastAuditedOn, n.dueOn])).toEqual([
      [A, '2025-03-01', '2026-03-01'],
      [B, '2025-11-30', '2027-11-30'],
    ]);
  });

  it("draws standards from the register, else from the buyer's obliging certificates, and from the requirements of its orders", () => {
    const held = new Map([
      [A, new Set(['AQAP_2110', 'ISO_9001', 'ISO_14001'])],
      [B, new Set(['EN_9100'])],
    ]);
    const p = auditProgramme(
      input({
        held,
        register: [entry(A, '2027-01-01', []), entry(B, '2027-01-01', ['ISO_3834_2'])],
        orders: [
          { buyerId: B, supplierId: S, since: '2026-10-01', standards: ['ISO_9001', 'FACILITY_CLEARANCE'] },
          { buyerId: C, supplierId: S, since: '2026-11-01', standards: [] },
        ],
      }),
    );
    const of = (b: number) => p.needs.filter((n) => n.buyerId === b).map((n) => [n.standard, n.sources, n.dueOn]);
    // A holds ISO 9001 and ISO 14001 too, but only AQAP 2110 obliges it to audit its suppliers
    expect(of(A)).toEqual([['AQAP_2110', ['BUYER_CERTIFICATE'], '2027-01-01']]);
    // B's register names ISO 3834-2 (its EN 9100 is then not added); its order asks for ISO 9001; a clearance is not audited
    expect(of(B).sort()).toEqual([
      ['ISO_3834_2', ['REGISTER'], '2026-10-01'],
      ['ISO_9001', ['ORDER'], '2026-10-01'],
    ]);
    // C buys through an order only and holds nothing that obliges it: no need
    expect(of(C)).toEqual([]);
  });

  it('leaves out members that are not active, and a member supplying itself', () => {
    const p = auditProgramme(
      input({
        register: [entry(A, '2027-01-01'), entry(B, '2027-01-02'), { ...entry(S, '2027-01-01'), buyerId: S }],
        activeMemberIds: new Set([A, S]),
      }),
    );
    expect(p.needs.map((n) => n.buyerId)).toEqual([A]);
  });

  it('puts one member with two standards in one suggestion once, and keeps suppliers apart', () => {
    const p = auditProgramme(
      input({
        register: [
          entry(A, '2027-01-01', ['AQAP_2110', 'ISO_9001']),
          entry(B, '2027-01-05', ['ISO_9001']),
          { ...entry(A, '2027-01-01'), supplierId: 11 },
        ],
      }),
    );
    expect(p.suggestions).toHaveLength(1);
    expect(p.suggestions[0].members).toEqual([
      { memberId: A, standards: ['AQAP_2110', 'ISO_9001'], dueOn: '2027-01-01' },
      { memberId: B, standards: ['ISO_9001'], dueOn: '2027-01-05' },
    ]);
    expect(p.suggestions[0].standards).toEqual(['AQAP_2110', 'ISO_9001']);
  });
});

describe('windowGroups', () => {
  /** The fewest windows [s, s + w] covering every date, by trying every set of start dates (a reference). */
  function fewestWindows(days: number[], w: number): number {
    const n = days.length;
    let best = n;
    for (let mask = 1; mask < 1 << n; mask++) {
      const starts = days.filter((_, i) => mask & (1 << i));
      if (starts.length < best && days.every((d) => starts.some((s) => d >= s && d <= s + w))) best = starts.length;
    }
    return best;
  }

  it('makes as few groups as any split into windows can (checked against brute force), each within its window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 120 }),
        (raw, w) => {
          const days = [...raw].sort((a, b) => a - b);
          const dates = days.map((d) => plusDays('2027-01-01', d));
          const groups = windowGroups(dates, w);
          expect(groups.flat()).toEqual(days.map((_, i) => i));
          for (const g of groups) expect(daysFrom(dates[g[0]], dates[g[g.length - 1]])).toBeLessThanOrEqual(w);
          expect(groups.length).toBe(fewestWindows(days, w));
        },
      ),
      { numRuns: 300 },
    );
  });
});
