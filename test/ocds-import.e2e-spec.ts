/**
 * OCDS import with real publishers' files (issue 26, and issue 21 item 6): each case is a small
 * fixture written in the shape of one publisher's releases (test/fixtures/ocds), imported the way
 * an analyst does (GraphQL, POST /imports/ocds, the CLI) and checked as they would check it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, AuditRecord } from '@app/core';
import { OcdsRelease, Requirement, Tender, TenderLot, TenderStage, TenderStageTransition } from '@app/tenders';
import { importOcdsCommand } from '../apps/cli/src/commands/import-ocds';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

const fixture = (f: string) => readFileSync(join(__dirname, 'fixtures/ocds', f), 'utf8');
const IMPORT = `mutation($json: String!, $tz: String) { importOcdsReleasePackage(json: $json, timeZone: $tz) {
  releases tenders created updated unchanged skipped releasesAdded releasesReplaced encoding timeZone warnings { ocid message } } }`;

interface Report {
  releases: number;
  tenders: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  releasesAdded: number;
  releasesReplaced: number;
  encoding: string;
  timeZone: string;
  warnings: { ocid: string; message: string }[];
}

/** Everything an import could write, so "nothing was written" can be checked. */
const counts = (t: TestApp) =>
  t.db.read(async (em) => ({
    tenders: await em.count(Tender),
    requirements: await em.count(Requirement),
    lots: await em.count(TenderLot),
    transitions: await em.count(TenderStageTransition),
    releases: await em.count(OcdsRelease),
    audit: await em.count(AuditRecord),
    documents: Number((await em.query('SELECT COUNT(*) AS n FROM tender_document'))[0].n),
  }));

/** A release package with one release, for cases built in the test. */
const onePackage = (release: object) =>
  JSON.stringify({
    uri: 'https://example.org/ocds/tf-inline.json',
    version: '1.1',
    publishedDate: '2026-11-01T00:00:00Z',
    releases: [release],
  });

/** A release in the shape of the Norwegian fixtures, with `extra` merged into it and its tender. */
function release(ocid: string, extra: Record<string, unknown> = {}, tender: Record<string, unknown> = {}) {
  return {
    ocid,
    id: `${ocid}-tender-1`,
    date: '2026-11-01T09:00:00Z',
    tag: ['tender'],
    buyer: { name: 'Forsvarsmateriell' },
    ...extra,
    tender: { id: ocid, title: `Anbud ${ocid}`, status: 'active', tenderPeriod: { endDate: '2031-01-01T10:00:00Z' }, ...tender },
  };
}

describe('OCDS import of real publishers’ files (e2e)', () => {
  let t: TestApp;
  let leader: string;
  let tmp: string;
  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login(USERS.leader.email);
    tmp = mkdtempSync(join(tmpdir(), 'ocds-import-'));
  });
  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await t.close();
  });

  const gqlImport = async (json: string, tz?: string) => {
    const r = await t.gql<{ importOcdsReleasePackage: Report }>(IMPORT, { json, tz }, leader);
    return { r, report: r.data?.importOcdsReleasePackage };
  };
  // the bytes as they are (superagent would otherwise turn a Buffer into JSON)
  const upload = (body: Buffer | string, contentType = 'application/json', query = '') =>
    t.http
      .post(`/imports/ocds${query}`)
      .set('authorization', `Bearer ${leader}`)
      .set('content-type', contentType)
      .serialize((b: unknown) => b as string)
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
  const cli = (file: string, contents: Buffer | string, ...args: string[]) => {
    const path = join(tmp, file);
    writeFileSync(path, contents);
    return importOcdsCommand(t.app, [path, ...args]);
  };
  const tenderOf = (ocid: string) => t.db.read((em) => em.findOneBy(Tender, { source: 'OCDS', externalId: ocid }));

  describe('1. character sets', () => {
    // Mexico City serves ISO-8859-1; the fixture is kept in UTF-8 and sent as the publisher's bytes
    const latin1 = Buffer.from(fixture('cdmx-latin1.json'), 'latin1');
    const OCID = 'ocds-87sd3t-tf-2010-0001';

    it('refuses Latin-1 bytes sent as UTF-8, naming the place and the way to declare the charset, and writes nothing', async () => {
      const before = await counts(t);
      const res = await upload(latin1);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('BAD_USER_INPUT');
      // the first Latin-1 letter of the file is the Í of the buyer's name (0xCD, which starts no UTF-8 character)
      expect(res.body.error.message).toMatch(/^The file is not valid UTF-8: byte 0xCD at line 20, column 28 \(byte offset \d+\)/);
      expect(res.body.error.message).toContain('Read as ISO-8859-1, the text there is …"name": "SECRETARÍA DE FINANZAS",');
      expect(res.body.error.message).toContain('charset=iso-8859-1');
      expect(res.body.error.requestId).toEqual(expect.any(String));
      await expect(cli('cdmx.json', latin1)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(await counts(t)).toEqual(before);
    });

    it('reads the file in the charset the HTTP content-type declares, accents intact', async () => {
      const res = await upload(latin1, 'application/json; charset=iso-8859-1');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 1, encoding: 'windows-1252' });
      const tender = await tenderOf(OCID);
      expect(tender).toMatchObject({ title: 'MANTENIMIENTO A MÁQUINA CORTADORA', buyerName: 'SECRETARÍA DE FINANZAS' });
      expect(tender!.description).toContain('refacciones');
      expect(JSON.stringify(tender)).not.toContain('\uFFFD');
    });

    it('reads it in the charset the CLI is told (--encoding), the same release as over HTTP', async () => {
      const report = JSON.parse(await cli('cdmx.json', latin1, '--encoding', 'iso-8859-1'));
      expect(report).toMatchObject({ releases: 1, created: 0, unchanged: 1, encoding: 'windows-1252' });
    });

    it('accepts a UTF-8 byte-order mark over HTTP, GraphQL and the CLI', async () => {
      const text = onePackage(release('ocds-tf0006-bom-1'));
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
      const res = await upload(withBom);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ created: 1, encoding: 'utf-8' });
      const viaGql = await gqlImport('\uFEFF' + onePackage(release('ocds-tf0006-bom-2')));
      expect(codeOf(viaGql.r)).toBe('OK');
      expect(viaGql.report).toMatchObject({ created: 1 });
      expect(
        JSON.parse(
          await cli('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(onePackage(release('ocds-tf0006-bom-3')))])),
        ),
      ).toMatchObject({
        created: 1,
      });
    });

    it('refuses a GraphQL request whose body holds Latin-1 bytes, instead of storing � (the JSON parser replaced them)', async () => {
      const before = await counts(t);
      const body = Buffer.from(
        JSON.stringify({ query: IMPORT, variables: { json: fixture('cdmx-latin1.json').replace(/2010-0001/g, '2010-0002') } }),
        'latin1',
      );
      const res = await t.http
        .post('/graphql')
        .set('authorization', `Bearer ${leader}`)
        .set('content-type', 'application/json')
        .serialize((b: unknown) => b as string)
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
      expect(res.body.error.message).toMatch(/^The request body is not valid UTF-8: byte 0xCD at byte offset \d+/);
      expect(res.body.error.message).toContain('charset=iso-8859-1');
      expect(await tenderOf('ocds-87sd3t-tf-2010-0002')).toBeNull();
      expect(await counts(t)).toEqual(before);
    });

    it('names an unknown charset instead of guessing', async () => {
      const res = await upload(latin1, 'application/json; charset=klingon-1');
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([{ field: 'charset', message: expect.stringContaining('"klingon-1" is not known') }]);
    });
  });

  describe('2. date-times without a UTC offset', () => {
    const naive = (ocid: string) =>
      onePackage(release(ocid, { date: '2010-03-20T10:00:00' }, { tenderPeriod: { endDate: '2010-04-01T18:00:00' }, status: 'active' }));
    const deadlineOf = async (ocid: string) => (await tenderOf(ocid))!.deadline!.toISOString();
    const tz = process.env.TZ;
    afterEach(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });

    it('reads them in UTC unless told otherwise, whatever the server’s zone, and says so per release', async () => {
      process.env.TZ = 'Europe/Oslo';
      const { report } = await gqlImport(naive('ocds-tf0007-naive-oslo'));
      expect(report).toMatchObject({ created: 1, timeZone: 'UTC' });
      expect(await deadlineOf('ocds-tf0007-naive-oslo')).toBe('2010-04-01T18:00:00.000Z');
      expect(report!.warnings).toContainEqual({
        ocid: 'ocds-tf0007-naive-oslo',
        message: expect.stringContaining(
          'date-times without a UTC offset were read in UTC: date "2010-03-20T10:00:00", tender.tenderPeriod.endDate "2010-04-01T18:00:00"',
        ),
      });
      process.env.TZ = 'America/Mexico_City';
      await gqlImport(naive('ocds-tf0007-naive-mexico'));
      expect(await deadlineOf('ocds-tf0007-naive-mexico')).toBe('2010-04-01T18:00:00.000Z');
    });

    it('reads them in the zone the import names, over GraphQL, HTTP and the CLI', async () => {
      const { report } = await gqlImport(naive('ocds-tf0007-naive-gql'), 'America/Mexico_City');
      expect(report).toMatchObject({ created: 1, timeZone: 'America/Mexico_City' });
      // 18:00 in Mexico City on 1 April 2010 (CST, UTC−6) is midnight UTC
      expect(await deadlineOf('ocds-tf0007-naive-gql')).toBe('2010-04-02T00:00:00.000Z');
      expect((await upload(naive('ocds-tf0007-naive-http'), undefined, '?timeZone=Europe/Oslo')).body).toMatchObject({
        timeZone: 'Europe/Oslo',
      });
      expect(await deadlineOf('ocds-tf0007-naive-http')).toBe('2010-04-01T16:00:00.000Z');
      await cli('naive.json', naive('ocds-tf0007-naive-cli'), '--time-zone', 'America/Mexico_City');
      expect(await deadlineOf('ocds-tf0007-naive-cli')).toBe('2010-04-02T00:00:00.000Z');
    });

    it('re-reads a stored release when it is imported again in another zone', async () => {
      const { report } = await gqlImport(naive('ocds-tf0007-naive-gql'), 'Europe/Oslo');
      expect(report).toMatchObject({ updated: 1, releasesReplaced: 1 });
      expect(await deadlineOf('ocds-tf0007-naive-gql')).toBe('2010-04-01T16:00:00.000Z');
    });

    it('refuses a time zone it does not know, writing nothing', async () => {
      const before = await counts(t);
      const { r } = await gqlImport(naive('ocds-tf0007-naive-bad'), 'Mars/Olympus_Mons');
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([{ field: 'timeZone', message: 'not an IANA time zone' }]);
      expect(await counts(t)).toEqual(before);
    });
  });

  describe('3. the same release id twice in one file', () => {
    it('is a listed problem when the contents differ, over GraphQL, HTTP and the CLI, and nothing is written', async () => {
      const before = await counts(t);
      const { r } = await gqlImport(fixture('duplicate-release-id.json'));
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([
        {
          field: 'releases[2].id',
          message:
            'release "ocds-tf0005-2026-0050-tender-1" appears twice with different content (also releases[0]); a release id names one version of the process (ocid ocds-tf0005-2026-0050)',
        },
      ]);
      const res = await upload(fixture('duplicate-release-id.json'));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'releases[2].id' }],
        requestId: expect.any(String),
      });
      await expect(cli('dup.json', fixture('duplicate-release-id.json'))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'releases[2].id' }] },
      });
      expect(await counts(t)).toEqual(before);
    });

    it('never flips the stored copy of a release that is already stored', async () => {
      const pkg = JSON.parse(fixture('duplicate-release-id.json'));
      expect((await gqlImport(JSON.stringify({ ...pkg, releases: [pkg.releases[0], pkg.releases[1]] }))).report).toMatchObject({
        created: 2,
      });
      const stored = await t.db.read((em) => em.findOneByOrFail(OcdsRelease, { releaseId: 'ocds-tf0005-2026-0050-tender-1' }));
      for (let i = 0; i < 2; i++) expect(codeOf((await gqlImport(fixture('duplicate-release-id.json'))).r)).toBe('BAD_USER_INPUT');
      expect(await t.db.read((em) => em.findOneByOrFail(OcdsRelease, { releaseId: 'ocds-tf0005-2026-0050-tender-1' }))).toEqual(stored);
      expect((await tenderOf('ocds-tf0005-2026-0050'))!.title).toBe('Aluminiumsrekkverk, Bodø lufthavn');
    });

    it('keeps a release given twice with the same content once', async () => {
      const r = release('ocds-tf0005-2026-0052');
      const { report } = await gqlImport(JSON.stringify({ version: '1.1', releases: [r, r] }));
      expect(report).toMatchObject({ releases: 2, created: 1, releasesAdded: 1 });
    });
  });

  describe('4 and issue 21.6. values that cannot be kept, and nesting that could not be walked', () => {
    const huge = onePackage(release('ocds-tf0008-huge', {}, { value: { amount: 100000000000000000000, currency: 'NOK' } }));
    const HUGE_PROBLEM = {
      field: 'releases[0].tender.value.amount',
      message: '100000000000000000000 NOK is too large: the largest amount kept is 90071992547409.91 NOK (ocid ocds-tf0008-huge)',
    };

    it('lists a huge tender.value.amount with its path and ocid over GraphQL, HTTP and the CLI, and writes nothing', async () => {
      const before = await counts(t);
      const { r } = await gqlImport(huge);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([HUGE_PROBLEM]);
      const res = await upload(huge);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [HUGE_PROBLEM], requestId: expect.any(String) });
      const e = await cli('huge.json', huge).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [HUGE_PROBLEM] });
      expect(await counts(t)).toEqual(before);
    });

    it('lists every value that cannot be kept at once: lot values, negative amounts, quantities beyond a column', async () => {
      const pkg = onePackage(
        release(
          'ocds-tf0008-many',
          {},
          {
            value: { amount: -5, currency: 'NOK' },
            lots: [{ id: 'x'.repeat(101), title: 'Lot', value: { amount: 1e300, currency: 'EUR' } }],
            items: [{ id: '1', description: 'Deler', quantity: 1e12, unit: { name: 'piece' } }],
          },
        ),
      );
      const { r } = await gqlImport(pkg);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect((r.errors![0].extensions.fields as { field: string }[]).map((f) => f.field)).toEqual([
        'releases[0].tender.value.amount',
        'releases[0].tender.items[0].quantity',
        'releases[0].tender.lots[0].id',
        'releases[0].tender.lots[0].value.amount',
      ]);
    });

    it('refuses a release nested 5 000 levels deep as bad input over GraphQL, HTTP and the CLI, and writes nothing', async () => {
      const deep = onePackage(release('ocds-tf0008-deep', {}, { a: 0 })).replace(
        '"a":0',
        `"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
      );
      const before = await counts(t);
      const { r } = await gqlImport(deep);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/nested more than 64 levels deep at line 1 \(releases\[0\]\)/);
      const res = await upload(deep);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
      await expect(cli('deep.json', deep)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(await counts(t)).toEqual(before);
    });

    it('answers an unexpected failure of the upload route with a coded error and the requestId to quote', async () => {
      const other = await createTestApp();
      try {
        const token = await other.login(USERS.leader.email);
        await other.db.transaction((tx) => tx.query('DROP TABLE ocds_release')); // the database fails under the import
        const res = await other.http
          .post('/imports/ocds')
          .set('authorization', `Bearer ${token}`)
          .set('content-type', 'application/json')
          .set('x-request-id', 'ocds-import-500')
          .send(onePackage(release('ocds-tf0008-fail')));
        expect(res.status).toBe(500);
        expect(res.body).toEqual({
          error: {
            code: 'INTERNAL_SERVER_ERROR',
            requestId: 'ocds-import-500',
            message: 'Something went wrong on our side. Quote reference ocds-import-500 when reporting it.',
          },
        });
        expect(await other.db.read((em) => em.countBy(Tender, { externalId: 'ocds-tf0008-fail' }))).toBe(0);
      } finally {
        await other.close();
      }
    });
  });

  describe('5. a large upload', () => {
    it('lets other requests in while it imports', async () => {
      // 600 processes: long enough to span many slices, small enough for a test
      const releases = Array.from({ length: 600 }, (_, i) =>
        release(
          `ocds-tf0009-bulk-${i}`,
          {},
          {
            items: [
              { id: '1', description: 'Deler', classification: { scheme: 'CPV', id: '34711200' }, quantity: 10, unit: { name: 'hour' } },
            ],
          },
        ),
      );
      let importDone = false;
      const importing = upload(JSON.stringify({ version: '1.1', releases })).then((res) => {
        importDone = true;
        return res;
      });
      const seenDuring: boolean[] = [];
      await new Promise((r) => setTimeout(r, 5));
      await Promise.all([
        t.http.get('/health').then((res) => seenDuring.push(res.status === 200 && !importDone)),
        t.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: '{ __typename }' })
          .then((res) => seenDuring.push(res.status === 200 && !importDone)),
      ]);
      const res = await importing;
      expect(res.body).toMatchObject({ created: 600 });
      expect(seenDuring).toEqual([true, true]);
    });

    it('answers /health while an import’s write transaction holds the database', async () => {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const writing = t.db.transaction(async () => {
        entered();
        await held;
      });
      await inside;
      // on SQLite the transaction holds the one connection's lock; /health must not queue behind it
      const health = await t.http.get('/health');
      release();
      await writing;
      expect(health.status).toBe(200);
      expect(health.body.database.status).toBe('up');
    });

    it('names the upload limit and the setting that raises it when a file is too large', async () => {
      const small = await createTestApp({ env: { UPLOAD_LIMIT: '64kb', BODY_LIMIT: '16kb' } });
      try {
        const token = await small.login(USERS.leader.email);
        const res = await small.http
          .post('/imports/ocds')
          .set('authorization', `Bearer ${token}`)
          .set('content-type', 'application/json')
          .serialize((b: unknown) => b as string)
          .send(Buffer.alloc(200 * 1024, 0x20));
        expect(res.status).toBe(413);
        expect(res.body.error).toMatchObject({
          code: 'BAD_USER_INPUT',
          details: { limitBytes: 64 * 1024, setting: 'UPLOAD_LIMIT' },
          requestId: expect.any(String),
        });
        expect(res.body.error.message).toBe(
          'The request body is 0.2 MB; the largest upload is 0.1 MB (setting UPLOAD_LIMIT). Raise it on the server, e.g. UPLOAD_LIMIT=2mb, or import the file with the command line (npm run cli -- import-ocds <file>), which has no size limit. Nothing was imported.',
        );
        const gql = await small.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .send({ query: `{ __typename } #${'x'.repeat(20 * 1024)}` });
        expect(gql.status).toBe(413);
        expect(gql.body.error).toMatchObject({ details: { setting: 'BODY_LIMIT' }, requestId: expect.any(String) });
        expect(gql.body.error.message).toContain('POST /imports/ocds');
      } finally {
        await small.close();
      }
    });
  });

  describe('6. closed and awarded processes', () => {
    it('never makes an award, a contract or a completed tender an open opportunity; keeps their releases and says why', async () => {
      const before = await counts(t);
      const { report } = await gqlImport(fixture('contracts-finder-mod-award.json'));
      expect(report).toMatchObject({ releases: 2, tenders: 2, created: 0, skipped: 2, releasesAdded: 2 });
      expect(await tenderOf('ocds-b5fd17-tf-7d3e1c2a')).toBeNull();
      expect(await tenderOf('ocds-b5fd17-tf-0c9a44f1')).toBeNull();
      expect(report!.warnings).toEqual(
        expect.arrayContaining([
          {
            ocid: 'ocds-b5fd17-tf-7d3e1c2a',
            message: 'not imported as an opportunity: the process is closed at the source (tender status complete)',
          },
          {
            ocid: 'ocds-b5fd17-tf-0c9a44f1',
            message:
              'not imported as an opportunity: the process is closed at the source (a contract is recorded (contracts[0] "tf-0c9a44f1-c1"))',
          },
        ]),
      );
      expect(await counts(t)).toEqual({ ...before, releases: before.releases + 2, audit: before.audit + 1 });
      // again: nothing written, still skipped
      expect((await gqlImport(fixture('contracts-finder-mod-award.json'))).report).toMatchObject({ skipped: 2, releasesAdded: 0 });
    });

    it('closes an opportunity nobody has decided on when its award arrives, in either order, and leaves a decided one to the people', async () => {
      const tender = release('ocds-tf0010-award', { date: '2026-09-01T08:00:00Z' });
      const award = {
        ocid: 'ocds-tf0010-award',
        id: 'ocds-tf0010-award-award-1',
        date: '2026-10-01T08:00:00Z',
        tag: ['award'],
        awards: [{ id: 'a1', status: 'active', date: '2026-10-01T08:00:00Z', suppliers: [{ name: 'Annen leverandør AS' }] }],
      };
      expect((await gqlImport(onePackage(tender))).report).toMatchObject({ created: 1 });
      const { report } = await gqlImport(onePackage(award));
      expect(report).toMatchObject({ updated: 1 });
      expect(report!.warnings).toContainEqual({
        ocid: 'ocds-tf0010-award',
        message: 'moved from IDENTIFIED to CANCELLED: the process is closed at the source (the contract is awarded (2026-10-01))',
      });
      const closed = (await tenderOf('ocds-tf0010-award'))!;
      expect(closed.stage).toBe(TenderStage.CANCELLED);
      const history = await t.db.read((em) => em.find(TenderStageTransition, { where: { tenderId: closed.id }, order: { id: 'ASC' } }));
      expect(history.map((h) => [h.fromStage, h.toStage])).toEqual([
        [null, 'IDENTIFIED'],
        ['IDENTIFIED', 'CANCELLED'],
      ]);
      const g = await t.gql<{ tender: { sourceStatus: string; stage: string } }>(
        `{ tender(id: ${closed.id}) { sourceStatus stage } }`,
        undefined,
        leader,
      );
      expect(g.data!.tender).toEqual({ sourceStatus: 'awarded', stage: 'CANCELLED' });

      // the other order: the award first, then the tender; no opportunity either way
      const other = (r: object) => JSON.parse(JSON.stringify(r).replace(/ocds-tf0010-award/g, 'ocds-tf0010-award-b'));
      expect((await gqlImport(onePackage(other(award)))).report).toMatchObject({ skipped: 1 });
      expect((await gqlImport(onePackage(other(tender)))).report).toMatchObject({ skipped: 1, created: 0 });
      expect(await tenderOf('ocds-tf0010-award-b')).toBeNull();

      // a tender the network has decided to bid for stays where it is, with a warning to record the outcome
      const decided = (r: object) => JSON.parse(JSON.stringify(r).replace(/ocds-tf0010-award/g, 'ocds-tf0010-award-c'));
      await gqlImport(onePackage(decided(tender)));
      await t.db.transaction((tx) => tx.update(Tender, { externalId: 'ocds-tf0010-award-c' }, { stage: TenderStage.BID_IN_PREPARATION }));
      const late = await gqlImport(onePackage(decided(award)));
      expect(late.report!.warnings).toContainEqual({
        ocid: 'ocds-tf0010-award-c',
        message: expect.stringContaining('while the tender is in BID_IN_PREPARATION: record the outcome'),
      });
      expect((await tenderOf('ocds-tf0010-award-c'))!.stage).toBe(TenderStage.BID_IN_PREPARATION);
    });
  });

  describe('7. tender-level and additional classifications', () => {
    it('reads Contracts Finder’s tender.classification for the market, the CPV codes and the draft requirements', async () => {
      const { report } = await gqlImport(fixture('contracts-finder-mod-opportunity.json'));
      expect(report).toMatchObject({ created: 1 });
      const tender = (await tenderOf('ocds-b5fd17-tf-4b21e9d0'))!;
      expect(tender.market).toBe('MILITARY_AVIATION');
      expect(tender.cpvCodes).toEqual(['34711200', '50211000']);
      const reqs = await t.db.read((em) => em.findBy(Requirement, { tenderId: tender.id }));
      expect(reqs.map((r) => [r.capabilityCode, r.draft, r.sourceItemId])).toEqual([['CNC_5AXIS', true, '1']]);
    });

    it('reads an item’s CPV code from its additional classifications (Paraguay classifies items by UNSPSC first)', async () => {
      await upload(fixture('paraguay-no-amount.json'));
      const tender = (await tenderOf('ocds-03ad3f-tf-401999'))!;
      const reqs = await t.db.read((em) => em.findBy(Requirement, { tenderId: tender.id }));
      expect(reqs.map((r) => [r.capabilityCode, r.quantity, r.unit])).toEqual([['WELD_MIG_AL', 12, 'Unidad']]);
    });
  });

  describe('8. a replaced release', () => {
    it('is counted and audited, even when the tender’s fields stay the same', async () => {
      expect((await gqlImport(fixture('sample-release-1.0-2.json'))).report).toMatchObject({ created: 1, releasesAdded: 1 });
      const auditBefore = await t.db.read((em) => em.count(AuditRecord));
      const { report } = await gqlImport(fixture('sample-release-1.1-2.json'));
      expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0, releasesReplaced: 1 });
      expect(report!.warnings).toContainEqual({
        ocid: 'ocds-213czf-tf-000-00002',
        message: 'release ocds-213czf-tf-000-00002-01-tender was imported before with different content; the new content replaces it',
      });
      const records = await t.db.read((em) =>
        em.find(AuditRecord, { where: { action: 'importOcdsReleasePackage' }, order: { id: 'DESC' }, take: 1 }),
      );
      expect(await t.db.read((em) => em.count(AuditRecord))).toBe(auditBefore + 1);
      expect(JSON.parse(records[0].after!)).toMatchObject({
        updated: 1,
        releasesReplaced: 1,
        replaced: ['ocds-213czf-tf-000-00002 ocds-213czf-tf-000-00002-01-tender'],
      });
      const stored = await t.db.read((em) => em.findOneByOrFail(OcdsRelease, { releaseId: 'ocds-213czf-tf-000-00002-01-tender' }));
      expect(stored.json).toContain('paper bids are not accepted');
    });
  });

  describe('9. documents', () => {
    it('keeps every document with title, type, URL and date, the tender notice first', async () => {
      // the releases in reverse order: the result is the same
      const pkg = JSON.parse(fixture('documents-planning-tender-amendment.json'));
      await gqlImport(JSON.stringify({ ...pkg, releases: [...pkg.releases].reverse() }));
      const tender = (await tenderOf('ocds-tf0004-2026-0040'))!;
      expect(tender.referenceUrl).toBe('https://example.org/doffin/notice/2026-40');
      const g = await t.gql<{ tender: { referenceUrl: string; documents: unknown[] } }>(
        `{ tender(id: ${tender.id}) { referenceUrl documents { section documentType title url date } } }`,
        undefined,
        leader,
      );
      expect(g.data!.tender.documents).toEqual([
        {
          section: 'tender',
          documentType: 'tenderNotice',
          title: 'Kunngjøring: hangarporter i aluminium',
          url: 'https://example.org/doffin/notice/2026-40',
          date: '2026-09-01T08:00:00.000Z',
        },
        {
          section: 'tender',
          documentType: 'marketStudies',
          title: 'Markedsdialog: hangarporter',
          url: 'https://example.org/forsvarsbygg/markedsdialog',
          date: '2026-06-01T08:00:00.000Z',
        },
        {
          section: 'tender',
          documentType: 'technicalSpecifications',
          title: 'Kravspesifikasjon',
          url: 'https://example.org/forsvarsbygg/kravspesifikasjon.pdf',
          date: '2026-09-01T08:00:00.000Z',
        },
        {
          section: 'tender',
          documentType: 'clarifications',
          title: 'Spørsmål og svar 1',
          url: 'https://example.org/forsvarsbygg/qa-1.pdf',
          date: '2026-09-20T08:00:00.000Z',
        },
        {
          section: 'planning',
          documentType: 'procurementPlan',
          title: 'Anskaffelsesplan 2027',
          url: 'https://example.org/forsvarsbygg/plan-2027.pdf',
          date: '2026-05-20T08:00:00.000Z',
        },
      ]);
    });
  });

  describe('10. a value without an amount', () => {
    it('keeps the source’s currency (PYG), never NOK', async () => {
      await upload(fixture('paraguay-no-amount.json')); // also imported in 7; this test runs alone too
      const tender = (await tenderOf('ocds-03ad3f-tf-401999'))!;
      expect([tender.estimatedValueMinor, tender.currency]).toEqual([null, 'PYG']);
      const lots = await t.db.read((em) => em.find(TenderLot, { where: { tenderId: tender.id }, order: { lotKey: 'ASC' } }));
      expect(lots.map((l) => [l.lotKey, l.estimatedValueMinor, l.currency])).toEqual([
        ['1', 1_500_000_000, 'PYG'],
        ['2', null, 'PYG'],
      ]);
    });
  });
});
