import { AuditRecord, daysBetween, osloDate } from '@app/core';
import { Certificate, Member, MemberCapability } from '@app/members';
import { codeOf, createTestApp, type TestApp, USERS } from './support/test-app';

const counts = (t: TestApp) =>
  t.db.read((em) => Promise.all([em.count(Member), em.count(MemberCapability), em.count(Certificate), em.count(AuditRecord)]));

describe('member register (e2e)', () => {
  let t: TestApp;
  let tok: Record<'admin' | 'leader' | 'steering' | 'firmA' | 'firmB', string>;
  let nammo: Member;
  let sagstuen: Member;

  beforeAll(async () => {
    t = await createTestApp();
    tok = {
      admin: await t.login(USERS.admin.email),
      leader: await t.login(USERS.leader.email),
      steering: await t.login(USERS.steering.email),
      firmA: await t.login(USERS.firmA.email),
      firmB: await t.login(USERS.firmB.email),
    };
    nammo = await t.db.read((em) => em.findOneByOrFail(Member, { name: 'Nammo Raufoss AS' }));
    sagstuen = await t.db.read((em) => em.findOneByOrFail(Member, { name: 'Sagstuen AS' }));
  });
  afterAll(() => t.close());

  const PROFILE = `query($id: Int!) { member(id: $id) { name employees employeeBand illustrative illustrativeNote
    capabilities { code name capacityHoursPerMonth hourlyRate { minorUnits } } certificates { type label validUntil expired } } }`;

  describe('reading and privacy', () => {
    it('shows a firm user their own private figures', async () => {
      const r = await t.gql<{ member: { employees: number; capabilities: { capacityHoursPerMonth: number }[] } }>(
        PROFILE,
        { id: nammo.id },
        tok.firmA,
      );
      expect(r.data!.member.employees).toBe(600);
      expect(r.data!.member.capabilities.every((c) => typeof c.capacityHoursPerMonth === 'number')).toBe(true);
    });

    it("hides another firm's head count, capacity and rates, but shows its public profile", async () => {
      const r = await t.gql<{ member: Record<string, unknown> & { capabilities: Record<string, unknown>[]; certificates: unknown[] } }>(
        PROFILE,
        { id: nammo.id },
        tok.firmB,
      );
      expect(r.data!.member).toMatchObject({ name: 'Nammo Raufoss AS', employees: null, employeeBand: '51+', illustrative: true });
      expect(r.data!.member.illustrativeNote).toMatch(/Illustrative demo data/);
      expect(r.data!.member.capabilities.length).toBeGreaterThan(0);
      for (const c of r.data!.member.capabilities) expect(c).toMatchObject({ capacityHoursPerMonth: null, hourlyRate: null });
      expect(r.data!.member.certificates.length).toBeGreaterThan(0);
    });

    it("lets the association see every firm's private figures", async () => {
      for (const token of [tok.leader, tok.steering, tok.admin]) {
        const r = await t.gql<{ member: { employees: number } }>(PROFILE, { id: sagstuen.id }, token);
        expect(r.data!.member.employees).toBe(45);
      }
    });

    it('hides private figures at any depth, e.g. through the members list and expiring certificates', async () => {
      const r = await t.gql<{
        members: { nodes: { id: number; employees: number | null; capabilities: { capacityHoursPerMonth: number | null }[] }[] };
      }>('{ members(first: 100) { nodes { id employees capabilities { capacityHoursPerMonth } } } }', undefined, tok.firmB);
      for (const m of r.data!.members.nodes) {
        const own = m.id === sagstuen.id;
        expect(m.employees === null).toBe(!own);
        for (const c of m.capabilities) expect(c.capacityHoursPerMonth === null).toBe(!own);
      }
      const e = await t.gql<{ expiringCertificates: { member: { id: number; employees: number | null } }[] }>(
        '{ expiringCertificates(withinDays: 400) { member { id employees } } }',
        undefined,
        tok.firmB,
      );
      for (const c of e.data!.expiringCertificates) expect(c.member.employees === null).toBe(c.member.id !== sagstuen.id);
    });

    it('filters by capability, valid certificate, municipality, status and text', async () => {
      const q = `query($f: MemberFilterInput) { members(first: 100, filter: $f) { totalCount nodes { name } } }`;
      const names = async (f: object) =>
        (await t.gql<{ members: { nodes: { name: string }[] } }>(q, { f }, tok.leader)).data!.members.nodes.map((n) => n.name);
      expect(await names({ capabilityCode: 'WELD_FSW' })).toEqual(['Hydro Aluminium Structures Raufoss AS', 'StirTech AS']);
      // Kapp's ISO 3834-2 has expired: it does not count as holding it today
      const iso3834 = await names({ certificateType: 'ISO_3834_2' });
      expect(iso3834).toContain('Al-Sveis AS');
      expect(iso3834).not.toContain('Kapp Aluminium Tretum Offshore AS');
      expect(await names({ municipality: 'ringsaker' })).toEqual(['Ring Mekanikk AS', 'Ringsaker Industriservice AS']);
      expect(await names({ text: 'FRIKSJON' })).toEqual(['StirTech AS']);
      expect(await names({ text: '100%_' })).toEqual([]);
      expect((await names({ status: 'ACTIVE' })).length).toBe(35);
    });

    it('lists certificates expiring soon, soonest first, never already-expired ones', async () => {
      const r = await t.gql<{ expiringCertificates: { label: string; daysToExpiry: number; member: { name: string } }[] }>(
        '{ expiringCertificates(withinDays: 30) { label daysToExpiry member { name } } }',
        undefined,
        tok.firmA,
      );
      const list = r.data!.expiringCertificates.map((c) => `${c.member.name}: ${c.label} (${c.daysToExpiry})`);
      expect(list).toEqual(['Sagstuen AS: AQAP 2110 (20)', 'Nammo Raufoss AS: ISO 14001 (25)']);
      expect(codeOf(await t.gql('{ expiringCertificates(withinDays: -1) { id } }', undefined, tok.firmA))).toBe('BAD_USER_INPUT');
    });
  });

  describe('bad input: a coded error and nothing written', () => {
    const cases: [string, string, Record<string, unknown>, 'leader' | 'firmA' | 'firmB', string][] = [
      [
        'a wrong org number checksum',
        'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }',
        { i: { name: 'Ny AS', orgNumber: '923609017' } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'a malformed NCAGE code',
        'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }',
        { i: { name: 'Ny AS', ncage: 'NO123' } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'negative employees',
        'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }',
        { i: { name: 'Ny AS', employees: -1 } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'a certificate valid until before valid from',
        'mutation($i: AddCertificateInput!) { addCertificate(input: $i) { id } }',
        { i: { memberId: 0, type: 'ISO_9001', issuer: 'DNV', validFrom: '2026-05-01', validUntil: '2026-04-30' } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'a clearance without its level',
        'mutation($i: AddCertificateInput!) { addCertificate(input: $i) { id } }',
        { i: { memberId: 0, type: 'FACILITY_CLEARANCE', issuer: 'NSM', validFrom: '2026-01-01', validUntil: '2027-01-01' } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'negative capacity',
        'mutation($i: SetMemberCapabilityInput!) { setMemberCapability(input: $i) { id } }',
        { i: { memberId: 0, code: 'CNC_5AXIS', capacityHoursPerMonth: -5 } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'an unknown capability code',
        'mutation($i: SetMemberCapabilityInput!) { setMemberCapability(input: $i) { id } }',
        { i: { memberId: 0, code: 'UNDERWATER_BASKET_WEAVING', capacityHoursPerMonth: 10 } },
        'leader',
        'BAD_USER_INPUT',
      ],
      [
        'a firm user editing another firm',
        'mutation($i: UpdateMemberInput!) { updateMember(id: 0, input: $i) { id } }',
        { i: { descriptionEn: 'hacked' } },
        'firmB',
        'FORBIDDEN',
      ],
      [
        'a firm user adding a capability to another firm',
        'mutation($i: SetMemberCapabilityInput!) { setMemberCapability(input: $i) { id } }',
        { i: { memberId: 0, code: 'CNC_5AXIS', capacityHoursPerMonth: 10 } },
        'firmB',
        'FORBIDDEN',
      ],
      [
        'a firm user marking its own data illustrative',
        'mutation($i: UpdateMemberInput!) { updateMember(id: -1, input: $i) { id } }',
        { i: { illustrative: false } },
        'firmB',
        'FORBIDDEN',
      ],
    ];
    it.each(cases)('%s', async (_name, query, vars, who, code) => {
      const fix = (o: unknown): unknown => JSON.parse(JSON.stringify(o).replace(/"memberId":0/g, `"memberId":${nammo.id}`));
      const q = query.replace('id: 0', `id: ${nammo.id}`).replace('id: -1', `id: ${sagstuen.id}`);
      const before = await counts(t);
      const r = await t.gql(q, fix(vars) as Record<string, unknown>, tok[who]);
      expect(codeOf(r)).toBe(code);
      expect(r.errors![0].message.length).toBeGreaterThan(10);
      expect(await counts(t)).toEqual(before);
    });

    it('a duplicate org number gets CONFLICT naming the holder', async () => {
      const q = 'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id orgNumber } }';
      expect(codeOf(await t.gql(q, { i: { name: 'Første AS', orgNumber: '923 609 016' } }, tok.leader))).toBe('OK');
      const before = await counts(t);
      const r = await t.gql(q, { i: { name: 'Andre AS', orgNumber: '923609016' } }, tok.leader);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors![0].message).toContain('Første AS');
      expect(r.errors![0].extensions.details).toMatchObject({ reason: 'ALREADY_EXISTS', field: 'orgNumber' });
      expect(await counts(t)).toEqual(before);
    });
  });

  describe('changes by the right people', () => {
    it('lets a firm user edit their own profile and capability, and audits it', async () => {
      const r = await t.gql<{ updateMember: { descriptionEn: string; version: number } }>(
        `mutation { updateMember(id: ${sagstuen.id}, input: { descriptionEn: "Milling, welding, assembly.", contactPhone: "+47 61 00 00 00" }) { descriptionEn version } }`,
        undefined,
        tok.firmB,
      );
      expect(codeOf(r)).toBe('OK');
      const cap = await t.gql<{ setMemberCapability: { capacityHoursPerMonth: number; hourlyRate: { minorUnits: string } } }>(
        `mutation { setMemberCapability(input: { memberId: ${sagstuen.id}, code: "CNC_5AXIS", capacityHoursPerMonth: 650, hourlyRate: "98000", keyEquipment: "Haas UMC-750" }) { capacityHoursPerMonth hourlyRate { minorUnits } } }`,
        undefined,
        tok.firmB,
      );
      expect(cap.data!.setMemberCapability).toEqual({ capacityHoursPerMonth: 650, hourlyRate: { minorUnits: '98000' } });
      const trail = await t.gql<{ auditTrail: { action: string; actorEmail: string }[] }>(
        `{ auditTrail(entityType: "Member", entityId: "${sagstuen.id}") { action actorEmail } }`,
        undefined,
        tok.steering,
      );
      expect(trail.data!.auditTrail.slice(0, 2)).toEqual([
        { action: 'setMemberCapability', actorEmail: USERS.firmB.email },
        { action: 'updateMember', actorEmail: USERS.firmB.email },
      ]);
    });

    it("answers a capability's names and group, and a certificate's label and expiry, alike from the list and from a change", async () => {
      // the list reads them with its rows; a mutation's answer builds them from the row it wrote
      // (plain properties, no field resolver: the same values must come either way)
      const capFields = 'code name nameNb group';
      const set = await t.gql<{ setMemberCapability: Record<string, string> }>(
        `mutation { setMemberCapability(input: { memberId: ${sagstuen.id}, code: "CASTING_SAND", capacityHoursPerMonth: 120 }) { ${capFields} } }`,
        undefined,
        tok.firmB,
      );
      expect(codeOf(set)).toBe('OK');
      expect(set.data!.setMemberCapability).toEqual({
        code: 'CASTING_SAND',
        name: 'Sand casting',
        nameNb: 'Sandstøping',
        group: 'CASTING_EXTRUSION',
      });
      const certFields = 'id label expired daysToExpiry';
      const add = await t.gql<{ addCertificate: { id: number; label: string; expired: boolean; daysToExpiry: number } }>(
        `mutation { addCertificate(input: { memberId: ${sagstuen.id}, type: FACILITY_CLEARANCE, clearanceLevel: SECRET, issuer: "NSM", validFrom: "2020-01-01", validUntil: "2021-06-30" }) { ${certFields} } }`,
        undefined,
        tok.firmB,
      );
      expect(codeOf(add)).toBe('OK');
      const today = osloDate(new Date());
      expect(add.data!.addCertificate).toEqual({
        id: add.data!.addCertificate.id,
        label: 'Facility security clearance (SECRET)',
        expired: true,
        daysToExpiry: daysBetween(today, '2021-06-30'),
      });
      const list = await t.gql<{
        members: { nodes: { id: number; capabilities: Record<string, string>[]; certificates: { id: number }[] }[] };
      }>(`{ members(first: 100) { nodes { id capabilities { ${capFields} } certificates { ${certFields} } } } }`, undefined, tok.leader);
      const firm = list.data!.members.nodes.find((m) => m.id === sagstuen.id)!;
      expect(firm.capabilities).toContainEqual(set.data!.setMemberCapability);
      expect(firm.certificates).toContainEqual(add.data!.addCertificate);
      // every capability of the list has its catalogue's names (none left to the code)
      for (const m of list.data!.members.nodes) for (const c of m.capabilities) expect(c.name).not.toBe(c.code);
      await t.gql(`mutation { removeCertificate(id: ${add.data!.addCertificate.id}) }`, undefined, tok.firmB);
      await t.gql(`mutation { removeMemberCapability(memberId: ${sagstuen.id}, code: "CASTING_SAND") }`, undefined, tok.firmB);
    });

    it('refuses a stale update with CONFLICT', async () => {
      const m = await t.db.read((em) => em.findOneByOrFail(Member, { id: sagstuen.id }));
      const q = `mutation($v: Int) { updateMember(id: ${sagstuen.id}, input: { municipality: "Østre Toten", expectedVersion: $v }) { version } }`;
      expect(codeOf(await t.gql(q, { v: m.version }, tok.leader))).toBe('OK');
      const stale = await t.gql(q, { v: m.version }, tok.leader);
      expect(codeOf(stale)).toBe('CONFLICT');
      // the reason a client says in its reader's language, whichever record it was
      expect(stale.errors![0].extensions.details).toEqual({ reason: 'CHANGED_MEANWHILE', id: sagstuen.id, expectedVersion: m.version });
    });

    it('manages certificates: add, update, remove; a firm user only for their own firm', async () => {
      const add = await t.gql<{ addCertificate: { id: number; label: string } }>(
        `mutation { addCertificate(input: { memberId: ${sagstuen.id}, type: NADCAP, process: "welding", issuer: "PRI", validFrom: "2026-01-01", validUntil: "2028-01-01" }) { id label } }`,
        undefined,
        tok.firmB,
      );
      expect(add.data!.addCertificate.label).toBe('NADCAP (WELDING)');
      const id = add.data!.addCertificate.id;
      expect(
        codeOf(await t.gql(`mutation { updateCertificate(input: { id: ${id}, validUntil: "2025-01-01" }) { id } }`, undefined, tok.firmB)),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await t.gql(
            `mutation { updateCertificate(input: { id: ${id}, validUntil: "2029-01-01" }) { validUntil } }`,
            undefined,
            tok.firmA,
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(`mutation { removeCertificate(id: ${id}) }`, undefined, tok.firmA))).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            `mutation { updateCertificate(input: { id: ${id}, validUntil: "2029-01-01" }) { validUntil } }`,
            undefined,
            tok.firmB,
          ),
        ),
      ).toBe('OK');
      expect(codeOf(await t.gql(`mutation { removeCertificate(id: ${id}) }`, undefined, tok.firmB))).toBe('OK');
      expect(codeOf(await t.gql(`mutation { removeCertificate(id: ${id}) }`, undefined, tok.firmB))).toBe('NOT_FOUND');
    });

    it('extends the catalogue (project leader), refusing a duplicate code', async () => {
      const q =
        'mutation($i: CatalogueEntryInput!) { addCatalogueEntry(input: $i) { code group defaultHourlyRate { minorUnits currency decimal formatted } } }';
      const i = {
        code: 'weld_laser_al',
        group: 'WELDING',
        nameNb: 'Lasersveising av aluminium',
        nameEn: 'Laser welding of aluminium',
        defaultHourlyRate: '125000',
      };
      const r = await t.gql<{ addCatalogueEntry: unknown }>(q, { i }, tok.leader);
      expect(r.data!.addCatalogueEntry).toEqual({
        code: 'WELD_LASER_AL',
        group: 'WELDING',
        // decimal and formatted are worked out when asked for (MoneyModel getters)
        defaultHourlyRate: { minorUnits: '125000', currency: 'NOK', decimal: '1250.00', formatted: 'kr\u00a01\u00a0250,00' },
      });
      expect(codeOf(await t.gql(q, { i }, tok.leader))).toBe('CONFLICT');
      const cat = await t.gql<{ capabilityCatalogue: { code: string }[] }>('{ capabilityCatalogue { code } }', undefined, tok.firmA);
      expect(cat.data!.capabilityCatalogue.map((c) => c.code)).toEqual(
        expect.arrayContaining(['CNC_5AXIS', 'WELD_TIG_AL', 'WELD_FSW', 'ANODISING', 'SIGNAGE', 'WELD_LASER_AL']),
      );
    });

    it('reports free capacity to the firm itself and the association, NOT_FOUND to other firms', async () => {
      const q = `{ memberCapacity(memberId: ${nammo.id}, code: "CNC_5AXIS", from: "2027-01-01", to: "2027-03-31") { capacityHours committedHours freeHours } }`;
      const own = await t.gql<{ memberCapacity: unknown }>(q, undefined, tok.firmA);
      expect(own.data!.memberCapacity).toEqual({ capacityHours: 4800, committedHours: 0, freeHours: 4800 });
      expect(codeOf(await t.gql(q, undefined, tok.leader))).toBe('OK');
      expect(codeOf(await t.gql(q, undefined, tok.firmB))).toBe('NOT_FOUND');
      const bad = await t.gql(q.replace('2027-03-31', '2026-12-01'), undefined, tok.firmA);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    });
  });

  describe('dues', () => {
    it('bands every demo firm by the 2006 statute table; the total is the exact sum of the lines', async () => {
      const r = await t.gql<{
        membershipDues: {
          total: { minorUnits: string };
          unbanded: number;
          lines: { member: { name: string }; band: string; total: { minorUnits: string } }[];
        };
      }>(
        '{ membershipDues(year: 2006) { total { minorUnits } unbanded lines { member { name } band total { minorUnits } } } }',
        undefined,
        tok.steering,
      );
      const d = r.data!.membershipDues;
      const demo = d.lines.filter((l) => !['Første AS', 'Ny AS'].includes(l.member.name));
      expect(demo).toHaveLength(35);
      expect(d.unbanded).toBe(0);
      expect(d.lines.reduce((s, l) => s + Number(l.total.minorUnits), 0)).toBe(Number(d.total.minorUnits));
      // By hand: 5 firms of 1–10 × 1 500, 24 of 11–50 × 3 000, 6 of 51+ × 5 000 = NOK 109 500
      const byBand = demo.reduce<Record<string, number>>((acc, l) => ({ ...acc, [l.band]: (acc[l.band] ?? 0) + 1 }), {});
      expect(byBand).toEqual({ '1–10': 5, '11–50': 24, '51+': 6 });
      expect(demo.reduce((s, l) => s + Number(l.total.minorUnits), 0)).toBe(109_500_00);
    });

    it("keeps a firm resigning after 1 December on next year's dues, and not the year after", async () => {
      const leader = tok.leader;
      const reg = await t.gql<{ registerMember: { id: number } }>(
        'mutation { registerMember(input: { name: "Sen Utmelding AS", employees: 5, joinedOn: "2005-01-01" }) { id } }',
        undefined,
        leader,
      );
      const id = reg.data!.registerMember.id;
      await t.gql(
        `mutation { setMembershipDues(input: { year: 2007, bands: [{ employeesMin: 1, employeesMax: 10, membershipFee: "25000", serviceFee: "125000" }, { employeesMin: 11, membershipFee: "25000", serviceFee: "275000" }] }) { label } }`,
        undefined,
        tok.admin,
      );
      await t.gql(
        `mutation { setMembershipDues(input: { year: 2008, bands: [{ employeesMin: 1, membershipFee: "25000", serviceFee: "0" }] }) { label } }`,
        undefined,
        tok.admin,
      );
      const r = await t.gql(
        `mutation { resignMember(input: { memberId: ${id}, noticeReceivedOn: "2006-12-15", reason: "Sold" }) { status resignedOn } }`,
        undefined,
        leader,
      );
      expect(r.data).toEqual({ resignMember: { status: 'RESIGNED', resignedOn: '2006-12-15' } });
      const owes = async (year: number) =>
        (
          await t.gql<{ membershipDues: { lines: { member: { id: number }; note: string; owedThroughYear: number | null }[] } }>(
            `{ membershipDues(year: ${year}) { lines { member { id } note owedThroughYear } } }`,
            undefined,
            leader,
          )
        ).data!.membershipDues.lines.find((l) => l.member.id === id);
      expect((await owes(2007))?.note).toMatch(/dues owed through 2007/);
      // the same fact for a client that says it in its own language
      expect((await owes(2007))?.owedThroughYear).toBe(2007);
      expect(await owes(2008)).toBeUndefined();
      expect(
        codeOf(
          await t.gql(`mutation { resignMember(input: { memberId: ${id}, noticeReceivedOn: "2007-01-15" }) { id } }`, undefined, leader),
        ),
      ).toBe('CONFLICT');
    });

    it('refuses a dues table that leaves a head count without a band', async () => {
      const r = await t.gql(
        `mutation { setMembershipDues(input: { year: 2009, bands: [{ employeesMin: 1, employeesMax: 10, membershipFee: "1", serviceFee: "1" }, { employeesMin: 12, membershipFee: "1", serviceFee: "1" }] }) { label } }`,
        undefined,
        tok.admin,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/must meet/);
      // marked at the band that should start at 11, with the rule and rows the console words in bokmål
      expect(r.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({ field: 'bands.1.employeesMin', rule: 'BANDS_MUST_MEET', params: { band: 1, max: 10, next: 2, min: 11 } }),
      ]);
      expect(codeOf(await t.gql('{ membershipDues(year: 2009) { unbanded } }', undefined, tok.admin))).toBe('NOT_FOUND');
      // a fee left empty in the form (sent as "") or not a whole number of øre: graphql-js refuses the
      // variable, and the refusal names the field and the rule, as the API's own checks do
      const empty = await t.gql(
        'mutation($input: SetMembershipDuesInput!) { setMembershipDues(input: $input) { label } }',
        { input: { year: 2009, bands: [{ employeesMin: 1, membershipFee: '', serviceFee: '12a' }] } },
        tok.admin,
      );
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      expect(
        empty.errors!.flatMap((e) => (e.extensions.fields as { field: string; rule?: string }[]) ?? []).map((f) => [f.field, f.rule]),
      ).toEqual([
        ['input.bands.0.membershipFee', 'REQUIRED'],
        ['input.bands.0.serviceFee', 'WHOLE_MINOR_UNITS'],
      ]);
    });
  });

  describe('CSV import', () => {
    const q = 'mutation($csv: String!) { importMembers(csv: $csv) { created updated unchanged } }';

    it('rejects a file with any bad row whole, naming row and field', async () => {
      const csv = 'name,website,org_number,employees\nGood AS,www.good.no,,12\n,www.x.no,,\nBad Org AS,,923609017,\nBad Emp AS,,,many\n';
      const before = await counts(t);
      const r = await t.gql(q, { csv }, tok.admin);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([
        { field: 'row 3.name', message: 'name is required', rule: 'REQUIRED' },
        { field: 'row 4.org_number', message: 'the check digit is wrong (expected 6, got 7)', rule: 'NOT_AN_ORG_NUMBER' },
        { field: 'row 5.employees', message: '"many" is not a whole number of employees' },
      ]);
      expect(await counts(t)).toEqual(before);
    });

    it('imports the shared register format, and re-importing the same file changes nothing', async () => {
      const csv = 'name,website\r\n"Edvind Hansen & Søn AS",\r\nNy Importert AS,www.ny-importert.no\r\nAWB Proma AS,www.awb.no\r\n';
      const first = await t.gql<{ importMembers: unknown }>(q, { csv }, tok.admin);
      expect(first.data!.importMembers).toEqual({ created: 1, updated: 0, unchanged: 2 });
      const before = await counts(t);
      const again = await t.gql<{ importMembers: unknown }>(q, { csv }, tok.admin);
      expect(again.data!.importMembers).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect(await counts(t)).toEqual(before);
      expect(codeOf(await t.gql(q, { csv }, tok.leader))).toBe('FORBIDDEN');
    });

    it('applies the same rules as registerMember to every row: a 900,000-character name or website is refused, nothing stored', async () => {
      const long = 'A'.repeat(900_000);
      const register = 'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }';
      for (const [column, value] of [
        ['name', `${long} AS`],
        ['website', `www.${'a'.repeat(900_000)}.no`],
        ['website', 'not a web address'],
      ] as const) {
        const before = await counts(t);
        const csv = `name,website\n${column === 'name' ? value : 'Lang Import AS'},${column === 'website' ? value : ''}\n`;
        const r = await t.gql(q, { csv }, tok.admin);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect((r.errors![0].extensions.fields as { field: string }[]).map((f) => f.field)).toEqual([`row 2.${column}`]);
        expect(r.errors![0].message.length).toBeLessThan(500); // the value is not echoed back
        // the single-record mutation refuses the same value
        const single = await t.gql(
          register,
          { i: { name: column === 'name' ? value : 'Lang Import AS', ...(column === 'website' ? { website: value } : {}) } },
          tok.admin,
        );
        expect(codeOf(single)).toBe('BAD_USER_INPUT');
        expect(await counts(t)).toEqual(before);
      }
    });

    it('refuses an org number that belongs to another member', async () => {
      const csv = 'name,org_number\nNy Importert AS,923609016\n';
      const r = await t.gql(q, { csv }, tok.admin);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions.fields).toEqual([
        { field: 'row 2.org_number', message: 'organisation number 923609016 belongs to Første AS, but the name matches Ny Importert AS' },
      ]);
    });
  });
});
