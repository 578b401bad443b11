import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capabilityForCpv, mapCompiledRelease, mergeReleases, validateReleasePackage } from './ocds-package';

const fixture = (f: string) => JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/ocds', f), 'utf8'));

describe('OCDS release packages', () => {
  it('merges planning → tender → award in date order (compiled release)', () => {
    const { releases, problems } = validateReleasePackage(fixture('planning-tender-award.json'));
    expect(problems).toEqual([]);
    const compiled = mergeReleases(releases.filter((r) => r.ocid === 'ocds-tf0001-2026-0001').reverse());
    const m = mapCompiledRelease(compiled);
    expect(m.title).toBe('Oppgradering av beltevogner: engineering og verkstedtjenester');
    expect(m.description).toBe('Engineering og verkstedtjenester for oppgradering av beltevogner.'); // from planning, kept
    expect(m.buyerName).toBe('Forsvarsmateriell');
    expect(m.valueMinor).toBe(1_550_000_050); // NOK 15 500 000,50 in øre
    expect(m.currency).toBe('NOK');
    expect(m.deadline?.toISOString()).toBe('2026-04-30T10:00:00.000Z');
    expect(m.releaseDate).toBe('2026-06-15T08:00:00Z');
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
      { path: 'releases[2].id', message: 'missing: every release needs an id' },
      { path: 'releases[3].date', message: 'missing or not an ISO 8601 date-time' },
      { path: 'releases[3].tender.value.amount', message: 'must be a number' },
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
});
