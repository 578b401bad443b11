import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type JsonObject,
  amountProblem,
  capabilityForCpv,
  mapCompiledRelease,
  mergeReleases,
  normalizeRelease,
  processState,
  validateRelease,
  validateReleasePackage,
} from './ocds-package';

const fixture = (f: string) => JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/ocds', f), 'utf8'));

describe('OCDS release packages', () => {
  it('merges planning → tender in date order (compiled release)', () => {
    const { releases, problems } = validateReleasePackage(fixture('planning-tender.json'));
    expect(problems).toEqual([]);
    const compiled = mergeReleases(releases.filter((r) => r.ocid === 'ocds-tf0001-2026-0001').reverse());
    const m = mapCompiledRelease(compiled);
    expect(m.title).toBe('Oppgradering av beltevogner: engineering og verkstedtjenester');
    expect(m.description).toBe('Engineering og verkstedtjenester for oppgradering av beltevogner.'); // from planning, kept
    expect(m.buyerName).toBe('Forsvarsmateriell');
    expect(m.valueMinor).toBe(1_550_000_050); // NOK 15 500 000,50 in øre
    expect(m.currency).toBe('NOK');
    expect(m.deadline?.toISOString()).toBe('2026-04-30T10:00:00.000Z');
    expect(m.releaseDate).toBe('2026-02-01T08:00:00Z');
    expect(m.state).toEqual({ open: true, status: 'active', reason: null });
    expect(m.lots.map((l) => [l.lotKey, l.title, l.valueMinor])).toEqual([
      ['lot-1', 'Engineering', 400_000_000],
      ['lot-2', 'Verkstedtjenester', 1_150_000_050],
    ]);
    expect(m.items.map((i) => [i.itemId, i.cpv, i.quantity, i.unit, i.lotKey])).toEqual([
      ['1', '71300000-1', 1200, 'hour', 'lot-1'],
      ['2', '42600000-2', 800, 'hour', 'lot-2'],
      ['3', '99999999-9', 10, 'piece', 'lot-2'],
    ]);
    expect(m.contractStart).toBe('2026-09-01');
  });

  it('keeps a non-NOK value in its own currency, never converted', () => {
    const { releases } = validateReleasePackage(fixture('non-nok.json'));
    const m = mapCompiledRelease(mergeReleases(releases));
    expect(m.currency).toBe('EUR');
    expect(m.valueMinor).toBe(125_000_075);
  });

  it('names the release and the path of every problem', () => {
    const { problems } = validateReleasePackage(fixture('missing-ids.json'));
    expect(problems).toEqual([
      { path: 'releases[1].ocid', message: 'missing: every release needs an ocid' },
      { path: 'releases[2].id', message: 'missing: every release needs an id (ocid ocds-tf0003-noid)' },
      { path: 'releases[3].date', message: 'missing or not an ISO 8601 date-time (ocid ocds-tf0003-baddate)' },
      { path: 'releases[3].tender.value.amount', message: 'must be a number (ocid ocds-tf0003-baddate)' },
    ]);
  });

  it('refuses things that are not release packages', () => {
    expect(validateReleasePackage([]).problems[0].path).toBe('$');
    expect(validateReleasePackage({ records: [] }).problems[0].message).toMatch(/record package/);
    expect(validateReleasePackage({ uri: 'x' }).problems[0].path).toBe('$.releases');
  });

  it('merges arrays of objects by id and removes fields set to null', () => {
    const c = mergeReleases([
      {
        ocid: 'x',
        id: '1',
        date: '2026-01-01T00:00:00Z',
        tender: {
          items: [
            { id: 'a', quantity: 1 },
            { id: 'b', quantity: 2 },
          ],
          title: 'T',
          description: 'D',
        },
      },
      {
        ocid: 'x',
        id: '2',
        date: '2026-01-02T00:00:00Z',
        tender: {
          items: [
            { id: 'b', quantity: 5 },
            { id: 'c', quantity: 3 },
          ],
          description: null,
        },
      },
    ]);
    expect(c.tender).toEqual({
      title: 'T',
      items: [
        { id: 'a', quantity: 1 },
        { id: 'b', quantity: 5 },
        { id: 'c', quantity: 3 },
      ],
    });
  });

  it('maps CPV codes to capabilities by the longest prefix', () => {
    const maps = [
      { cpvPrefix: '34', capabilityCode: 'ASSEMBLY' },
      { cpvPrefix: '347', capabilityCode: 'CNC_5AXIS' },
    ];
    expect(capabilityForCpv('34711200-6', maps)).toBe('CNC_5AXIS');
    expect(capabilityForCpv('34100000-8', maps)).toBe('ASSEMBLY');
    expect(capabilityForCpv('99999999-9', maps)).toBeNull();
  });

  describe('where the process stands (item 6)', () => {
    it.each([
      [{ tender: { status: 'complete' } }, false, 'complete', 'tender status complete'],
      [{ tender: { status: 'cancelled' } }, false, 'cancelled', 'tender status cancelled'],
      [
        { tender: { status: 'active' }, awards: [{ id: '1', status: 'active', date: '2024-03-28T00:00:00Z' }] },
        false,
        'awarded',
        'the contract is awarded (2024-03-28)',
      ],
      [{ contracts: [{ id: 'c1', status: 'active' }] }, false, 'contracted', 'a contract is recorded (contracts[0] "c1")'],
      [{ tag: ['tenderCancellation'], tender: {} }, false, 'cancelled', 'release tag tenderCancellation'],
      [{ tender: { status: 'active' }, awards: [{ id: '1', status: 'cancelled' }] }, true, 'active', null],
      [{ tag: ['planning'], tender: { status: 'planning' } }, true, 'planning', null],
      [{ tag: ['tender'], tender: {} }, true, null, null],
    ])('%j is open: %s (%s)', (c, open, status, reason) => {
      expect(processState(c as JsonObject)).toEqual({ open, status, reason });
    });
  });

  describe('classifications (item 7)', () => {
    it('reads tender-level and additional CPV codes; an item without its own falls under the tender’s', () => {
      const m = mapCompiledRelease({
        ocid: 'ocds-b5fd17-x',
        date: '2026-01-01T00:00:00Z',
        tender: {
          classification: { scheme: 'CPV', id: '34711200' },
          additionalClassifications: [
            { scheme: 'CPV', id: '50211000' },
            { scheme: 'UNSPSC', id: '25202500' },
          ],
          items: [
            { id: '1', description: 'Brackets' },
            {
              id: '2',
              description: 'Profiles',
              classification: { scheme: 'UNSPSC', id: '30102200' },
              additionalClassifications: [{ scheme: 'CPV', id: '44212000-5' }],
            },
          ],
        },
      });
      expect(m.cpvCodes).toEqual(['34711200', '50211000', '44212000-5']);
      expect(m.items.map((i) => [i.itemId, i.cpv])).toEqual([
        ['1', '34711200'],
        ['2', '44212000-5'],
      ]);
    });

    it('drafts from the tender-level codes when the process lists no items', () => {
      const m = mapCompiledRelease({
        ocid: 'ocds-b5fd17-y',
        date: '2026-01-01T00:00:00Z',
        tender: {
          title: 'Training',
          classification: { scheme: 'CPV', id: '80510000' },
          additionalClassifications: [{ scheme: 'CPV', id: '80650000' }],
        },
      });
      expect(m.items.map((i) => [i.itemId, i.cpv, i.description])).toEqual([
        ['cpv:80510000', '80510000', 'Training (CPV 80510000)'],
        ['cpv:80650000', '80650000', 'Training (CPV 80650000)'],
      ]);
    });
  });

  it('keeps the tender notice first among the documents, and its URL as the reference (item 9)', () => {
    const m = mapCompiledRelease({
      ocid: 'x',
      date: '2026-01-01T00:00:00Z',
      planning: { documents: [{ id: 'p', documentType: 'procurementPlan', url: 'https://e/plan' }] },
      tender: {
        documents: [
          { id: 'c', documentType: 'marketStudies', url: 'https://e/consultation', title: 'Dialog' },
          { id: 'n', documentType: 'tenderNotice', url: 'https://e/notice', datePublished: '2026-01-02T00:00:00Z' },
          { id: 'empty' },
        ],
      },
      awards: [{ id: 'a', documents: [{ id: 'an', documentType: 'awardNotice', url: 'https://e/award' }] }],
    });
    expect(m.documents.map((d) => [d.section, d.documentType, d.url])).toEqual([
      ['tender', 'tenderNotice', 'https://e/notice'],
      ['tender', 'marketStudies', 'https://e/consultation'],
      ['planning', 'procurementPlan', 'https://e/plan'],
      ['award', 'awardNotice', 'https://e/award'],
    ]);
    expect(m.documents[0].date?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(m.referenceUrl).toBe('https://e/notice');
  });

  it('keeps the source’s currency when a value has no amount (item 10)', () => {
    const m = mapCompiledRelease({ ocid: 'x', date: '2026-01-01T00:00:00Z', tender: { value: { currency: 'PYG' } } });
    expect([m.valueMinor, m.currency]).toEqual([null, 'PYG']);
  });

  it('knows the largest amount each currency can keep (item 4)', () => {
    expect(amountProblem(90_071_992_547_409.91, 'NOK')).toBeNull();
    expect(amountProblem(1e20, 'NOK')).toBe('100000000000000000000 NOK is too large: the largest amount kept is 90071992547409.91 NOK');
    expect(amountProblem(9_007_199_254_740_991, 'JPY')).toBeNull();
    expect(amountProblem(-1, 'NOK')).toBe('must not be negative (got -1)');
  });

  it('reads a release date without an offset in the stated zone and lists it; refuses a bare date as the release date', () => {
    const r = { ocid: 'ocds-x', id: '1', date: '2010-03-20T10:00:00', tender: { tenderPeriod: { endDate: '2010-04-01' } } };
    expect(validateRelease(r, 0, 'America/Mexico_City')).toEqual({
      problems: [],
      naiveDates: ['date "2010-03-20T10:00:00"', 'tender.tenderPeriod.endDate "2010-04-01"'],
    });
    // a bare deadline is the end of that day in the zone
    expect(normalizeRelease(r, 'America/Mexico_City').tender).toEqual({ tenderPeriod: { endDate: '2010-04-02T05:59:59.000Z' } });
    expect(validateRelease({ ...r, date: '2010-03-20' }, 0).problems).toEqual([
      { path: 'releases[0].date', message: 'missing or not an ISO 8601 date-time (ocid ocds-x)' },
    ]);
  });

  it('refuses the same release twice in one package with different content, and accepts it twice with the same (item 3)', () => {
    const r = { ocid: 'ocds-x', id: '1', date: '2026-01-01T00:00:00Z', tender: { title: 'A' } };
    expect(validateReleasePackage({ releases: [r, r] }).problems).toEqual([]);
    expect(validateReleasePackage({ releases: [r, { ...r, tender: { title: 'B' } }] }).problems).toEqual([
      {
        path: 'releases[1].id',
        message:
          'release "1" appears twice with different content (also releases[0]); a release id names one version of the process (ocid ocds-x)',
      },
    ]);
  });
});
