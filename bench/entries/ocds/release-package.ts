import { Rng } from '../../lib/rng';

/** CPV codes: most map to a capability through the seeded CPV mappings, some to none (a warning). */
const CPV = [
  '71300000-1',
  '42600000-2',
  '34928471-0',
  '35400000-5',
  '35600000-7',
  '44200000-2',
  '50000000-5',
  '34700000-0',
  '42000000-6',
  '99999999-9',
];
const BUYERS = [
  { id: 'NO-ORG-986105174', name: 'Forsvarsmateriell' },
  { id: 'NO-ORG-975950662', name: 'Forsvarsbygg' },
  { id: 'NO-ORG-971032081', name: 'Statens vegvesen' },
  { id: 'NO-ORG-917082308', name: 'Bane NOR SF' },
  { id: 'NO-ORG-985198292', name: 'Avinor AS' },
];

/**
 * A deterministic OCDS 1.1 release package: `releases / 2` contracting processes, each with a
 * tender release and a later amendment (new value, later deadline, one more item); a third of
 * them with lots, items classified by CPV with hours or pieces.
 */
export function generateReleasePackage(releases: number, seed = 'ocds'): string {
  const rng = Rng.forStream(`ocds-package:${seed}`);
  const processes = Math.ceil(releases / 2);
  const out: unknown[] = [];
  const base = Date.UTC(2026, 0, 5, 8, 0, 0);
  for (let i = 1; i <= processes && out.length < releases; i++) {
    const ocid = `ocds-tfbench-${String(i).padStart(6, '0')}`;
    const buyer = rng.pick(BUYERS);
    const lots = rng.chance(1 / 3)
      ? Array.from({ length: rng.int(2, 3) }, (_, k) => ({
          id: `lot-${k + 1}`,
          title: `Delkontrakt ${k + 1}`,
          value: { amount: rng.int(1, 500) * 10000, currency: 'NOK' },
        }))
      : undefined;
    const item = (k: number) => {
      const hours = rng.chance(0.7);
      return {
        id: String(k),
        description: `Leveranse ${k} i prosess ${i}`,
        classification: { scheme: 'CPV', id: rng.pick(CPV) },
        quantity: hours ? rng.int(1, 100) * 20 : rng.int(10, 5000),
        unit: { name: hours ? 'hour' : 'piece' },
        ...(lots ? { relatedLot: rng.pick(lots).id } : {}),
      };
    };
    const items = Array.from({ length: rng.int(1, 4) }, (_, k) => item(k + 1));
    const end = new Date(Date.UTC(2027, 2, 1, 10) + rng.int(0, 300) * 86_400_000);
    const amount = rng.int(10, 5000) * 10000;
    out.push({
      ocid,
      id: `${ocid}-tender-1`,
      date: new Date(base + i * 60_000).toISOString(),
      tag: ['tender'],
      initiationType: 'tender',
      buyer,
      parties: [{ id: buyer.id, name: buyer.name, roles: ['buyer', 'procuringEntity'] }],
      tender: {
        id: `T-${i}`,
        title: `Aluminiumskomponenter, prosess ${i}`,
        description: 'Generated OCDS release for the TotAl-Fly import benchmark.',
        status: 'active',
        value: { amount, currency: 'NOK' },
        tenderPeriod: { endDate: end.toISOString() },
        contractPeriod: { startDate: '2027-09-01T00:00:00Z', endDate: '2028-06-30T00:00:00Z' },
        items,
        ...(lots ? { lots } : {}),
      },
    });
    if (out.length >= releases) break;
    out.push({
      ocid,
      id: `${ocid}-amendment-1`,
      date: new Date(base + i * 60_000 + 14 * 86_400_000).toISOString(),
      tag: ['tenderAmendment'],
      initiationType: 'tender',
      tender: {
        id: `T-${i}`,
        value: { amount: amount + rng.int(1, 100) * 1000, currency: 'NOK' },
        tenderPeriod: { endDate: new Date(end.getTime() + 7 * 86_400_000).toISOString() },
        items: [...items, item(items.length + 1)],
      },
    });
  }
  return JSON.stringify({
    uri: 'https://example.org/ocds/totalfly-bench.json',
    version: '1.1',
    publishedDate: new Date(base).toISOString(),
    publisher: { name: 'TotAl-Fly benchmark generator' },
    extensions: ['https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json'],
    releases: out,
  });
}
