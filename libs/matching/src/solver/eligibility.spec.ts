import { satisfies } from './certificates';
import { checkFirmEligibility, explainEligibility, ineligibilityReasons } from './eligibility';
import { cert, firm, requirement } from './testing/eligibility-fixtures';
import { SolverFirm, SolverRequirement, SolverTender } from './types';

const open: SolverTender = { requiresClearance: null, exportControlled: false };

/** The default requirement's work window, as the certificate reasons give it. */
const W = { windowStart: '2027-03-01', windowEnd: '2027-05-30' };

const codes = (f: SolverFirm, r: SolverRequirement, t = open) => ineligibilityReasons(f, r, t).map((x) => x.code);

describe('satisfies', () => {
  it('matches the same type', () => {
    expect(satisfies({ type: 'AQAP_2110' }, { type: 'AQAP_2110' })).toBe(true);
    expect(satisfies({ type: 'AQAP_2310' }, { type: 'AQAP_2110' })).toBe(false);
  });
  it('lets ISO 3834-2 stand in for ISO 3834-3, not the other way round', () => {
    expect(satisfies({ type: 'ISO_3834_2' }, { type: 'ISO_3834_3' })).toBe(true);
    expect(satisfies({ type: 'ISO_3834_3' }, { type: 'ISO_3834_2' })).toBe(false);
  });
  it('lets EN 9100 stand in for ISO 9001, not the other way round', () => {
    expect(satisfies({ type: 'EN_9100' }, { type: 'ISO_9001' })).toBe(true);
    expect(satisfies({ type: 'ISO_9001' }, { type: 'EN_9100' })).toBe(false);
  });
  it('needs the same NADCAP process when one is named', () => {
    expect(satisfies({ type: 'NADCAP', process: 'WELDING' }, { type: 'NADCAP', process: 'WELDING' })).toBe(true);
    expect(satisfies({ type: 'NADCAP', process: 'CHEMICAL_PROCESSING' }, { type: 'NADCAP', process: 'WELDING' })).toBe(false);
    expect(satisfies({ type: 'NADCAP', process: 'CHEMICAL_PROCESSING' }, { type: 'NADCAP' })).toBe(true);
  });
});

describe('ineligibilityReasons', () => {
  it('finds nothing wrong with a fully qualified firm', () => {
    const f = firm({ certificates: [cert('AQAP_2110')] });
    expect(checkFirmEligibility(f, requirement({ requiredCertificates: [{ type: 'AQAP_2110' }] }), open)).toEqual({
      firmId: 7,
      requirementId: 1,
      eligible: true,
      reasons: [],
    });
  });

  it('INACTIVE_MEMBER', () => {
    expect(codes(firm({ active: false }), requirement())).toEqual(['INACTIVE_MEMBER']);
  });

  it('MISSING_CAPABILITY (single check only)', () => {
    const r = ineligibilityReasons(firm(), requirement({ capabilityCode: 'ANODIZING' }), open);
    expect(r.map((x) => x.code)).toContain('MISSING_CAPABILITY');
    expect(r[0].message).toBe('does not offer capability ANODIZING');
  });

  it('MISSING_CERTIFICATE, also when the one held expired before the window', () => {
    const req = requirement({ requiredCertificates: [{ type: 'AQAP_2110' }] });
    expect(ineligibilityReasons(firm(), req, open)).toEqual([
      { code: 'MISSING_CERTIFICATE', message: 'no AQAP 2110 certificate', certificate: { type: 'AQAP_2110' }, ...W },
    ]);
    const expired = firm({ certificates: [cert('AQAP_2110', { validUntil: '2026-12-31' })] });
    const [reason] = ineligibilityReasons(expired, req, { ...open, asOf: '2027-01-15' });
    expect(reason.code).toBe('MISSING_CERTIFICATE');
    expect(reason.message).toBe(
      'no AQAP 2110 certificate valid over the work window 2027-03-01 – 2027-05-30 (the one held expired 2026-12-31)',
    );
  });

  it('says a certificate still valid today lapses, and when: before the work window, never "expired"', () => {
    // on 2026-12-06 the firm holds AQAP 2110 until 2026-12-26; the work starts 2027-03-01
    const f = firm({ certificates: [cert('AQAP_2110', { validUntil: '2026-12-26' })] });
    const [reason] = ineligibilityReasons(f, requirement({ requiredCertificates: [{ type: 'AQAP_2110' }] }), {
      ...open,
      asOf: '2026-12-06',
    });
    expect(reason).toEqual({
      code: 'MISSING_CERTIFICATE',
      message:
        'no AQAP 2110 certificate valid over the work window 2027-03-01 – 2027-05-30 (the one held lapses 2026-12-26, before the window starts)',
      certificate: { type: 'AQAP_2110' },
      ...W,
    });
    expect(reason.message).not.toMatch(/expired/);
  });

  it('CERTIFICATE_EXPIRES_IN_WINDOW: it lapses inside the work window, and says so', () => {
    const f = firm({ certificates: [cert('AQAP_2110', { validUntil: '2027-03-01' })] });
    expect(
      ineligibilityReasons(f, requirement({ requiredCertificates: [{ type: 'AQAP_2110' }] }), { ...open, asOf: '2026-12-06' }),
    ).toEqual([
      {
        code: 'CERTIFICATE_EXPIRES_IN_WINDOW',
        message: 'AQAP 2110 lapses 2027-03-01, inside the work window 2027-03-01 – 2027-05-30',
        certificate: { type: 'AQAP_2110' },
        date: '2027-03-01',
        expired: false,
        ...W,
      },
    ]);
  });

  it('CERTIFICATE_NOT_YET_VALID', () => {
    const f = firm({ certificates: [cert('ISO_9001', { validFrom: '2027-04-01' })] });
    const [reason] = ineligibilityReasons(f, requirement({ requiredCertificates: [{ type: 'ISO_9001' }] }), open);
    expect(reason).toEqual({
      code: 'CERTIFICATE_NOT_YET_VALID',
      message: 'ISO 9001 is valid only from 2027-04-01, after the work window 2027-03-01 – 2027-05-30 starts',
      certificate: { type: 'ISO_9001' },
      date: '2027-04-01',
      ...W,
    });
  });

  it('counts a certificate valid exactly over the window', () => {
    const f = firm({ certificates: [cert('ISO_9001', { validFrom: '2027-03-01', validUntil: '2027-05-30' })] });
    expect(codes(f, requirement({ requiredCertificates: [{ type: 'ISO_9001' }] }))).toEqual([]);
  });

  it('accepts the stricter standard (EN 9100 for ISO 9001, ISO 3834-2 for ISO 3834-3)', () => {
    const f = firm({ certificates: [cert('EN_9100'), cert('ISO_3834_2')] });
    expect(codes(f, requirement({ requiredCertificates: [{ type: 'ISO_9001' }, { type: 'ISO_3834_3' }] }))).toEqual([]);
  });

  it('a NADCAP accreditation for another process is missing', () => {
    const f = firm({ certificates: [cert('NADCAP', { process: 'CHEMICAL_PROCESSING' })] });
    const [reason] = ineligibilityReasons(f, requirement({ requiredCertificates: [{ type: 'NADCAP', process: 'WELDING' }] }), open);
    expect(reason).toEqual({
      code: 'MISSING_CERTIFICATE',
      message: 'no Nadcap WELDING certificate',
      certificate: { type: 'NADCAP', process: 'WELDING' },
      ...W,
    });
  });

  describe('clearance', () => {
    const secret: SolverTender = { requiresClearance: 'SECRET', exportControlled: false };
    it('NO_CLEARANCE', () => {
      expect(ineligibilityReasons(firm(), requirement(), secret)).toEqual([
        {
          code: 'NO_CLEARANCE',
          message: 'no security clearance (SECRET required)',
          certificate: { type: 'FACILITY_CLEARANCE' },
          requiredLevel: 'SECRET',
          ...W,
        },
      ]);
    });
    it('CLEARANCE_TOO_LOW', () => {
      const f = firm({ certificates: [cert('FACILITY_CLEARANCE', { level: 'CONFIDENTIAL' })] });
      expect(ineligibilityReasons(f, requirement(), secret)).toEqual([
        {
          code: 'CLEARANCE_TOO_LOW',
          message: 'clearance CONFIDENTIAL is below the required SECRET',
          certificate: { type: 'FACILITY_CLEARANCE' },
          level: 'CONFIDENTIAL',
          requiredLevel: 'SECRET',
        },
      ]);
    });
    it('a higher level is fine; it must be valid over the window', () => {
      expect(codes(firm({ certificates: [cert('FACILITY_CLEARANCE', { level: 'TOP_SECRET' })] }), requirement(), secret)).toEqual([]);
      const expiring = firm({ certificates: [cert('FACILITY_CLEARANCE', { level: 'SECRET', validUntil: '2027-04-15' })] });
      const [reason] = ineligibilityReasons(expiring, requirement(), secret);
      expect(reason.code).toBe('CERTIFICATE_EXPIRES_IN_WINDOW');
      expect(reason.message).toBe('security clearance SECRET lapses 2027-04-15, inside the work window 2027-03-01 – 2027-05-30');
    });
  });

  it('NO_EXPORT_REGISTRATION (and a valid one is enough)', () => {
    const exportControlled: SolverTender = { requiresClearance: null, exportControlled: true };
    expect(codes(firm(), requirement(), exportControlled)).toEqual(['NO_EXPORT_REGISTRATION']);
    expect(codes(firm({ certificates: [cert('EXPORT_CONTROL')] }), requirement(), exportControlled)).toEqual([]);
    const late = firm({ certificates: [cert('EXPORT_CONTROL', { validFrom: '2027-03-02' })] });
    expect(codes(late, requirement(), exportControlled)).toEqual(['CERTIFICATE_NOT_YET_VALID']);
  });

  it('NO_FREE_CAPACITY', () => {
    expect(ineligibilityReasons(firm({ freeHours: { CNC_5AXIS: 0 } }), requirement(), open)).toEqual([
      { code: 'NO_FREE_CAPACITY', message: 'no free capacity for CNC_5AXIS in the window', capabilityCode: 'CNC_5AXIS' },
    ]);
    expect(codes(firm({ freeHours: {} }), requirement())).toEqual(['NO_FREE_CAPACITY']);
  });

  it('INSUFFICIENT_CAPACITY_INDIVISIBLE (divisible requirements only need some capacity)', () => {
    const small = firm({ freeHours: { CNC_5AXIS: 120 } });
    expect(ineligibilityReasons(small, requirement({ indivisible: true }), open)).toEqual([
      {
        code: 'INSUFFICIENT_CAPACITY_INDIVISIBLE',
        message: 'free capacity 120 h < 400 h (requirement is indivisible)',
        capabilityCode: 'CNC_5AXIS',
        freeHours: 120,
        hours: 400,
      },
    ]);
    expect(codes(small, requirement({ indivisible: false }))).toEqual([]);
  });

  it('reports ALL reasons, in a stable order', () => {
    const f = firm({ active: false, freeHours: { CNC_5AXIS: 0 }, certificates: [cert('AQAP_2110', { validUntil: '2027-04-01' })] });
    const t: SolverTender = { requiresClearance: 'RESTRICTED', exportControlled: true };
    expect(codes(f, requirement({ requiredCertificates: [{ type: 'ISO_9001' }, { type: 'AQAP_2110' }] }), t)).toEqual([
      'INACTIVE_MEMBER',
      'MISSING_CERTIFICATE',
      'CERTIFICATE_EXPIRES_IN_WINDOW',
      'NO_CLEARANCE',
      'NO_EXPORT_REGISTRATION',
      'NO_FREE_CAPACITY',
    ]);
  });
});

describe('explainEligibility', () => {
  it('lists eligible firms and, for firms WITH the capability, every reason; others are left out', () => {
    const reqs = [
      requirement({ id: 1, requiredCertificates: [{ type: 'AQAP_2110' }] }),
      requirement({ id: 2, capabilityCode: 'ANODIZING' }),
    ];
    const firms = [
      firm({ id: 9, certificates: [cert('AQAP_2110')] }),
      firm({ id: 3 }),
      firm({ id: 5, capabilities: [{ code: 'TIG_WELDING', hourlyRateOre: null }] }),
    ];
    const result = explainEligibility(open, reqs, firms);
    expect(result[0].eligibleFirmIds).toEqual([9]);
    expect(result[0].ineligible).toEqual([
      {
        firmId: 3,
        firmName: 'Raufoss Presisjon AS',
        reasons: [{ code: 'MISSING_CERTIFICATE', message: 'no AQAP 2110 certificate', certificate: { type: 'AQAP_2110' }, ...W }],
      },
    ]);
    expect(result[1]).toEqual({
      requirementId: 2,
      label: 'Wing rib machining',
      capabilityCode: 'ANODIZING',
      eligibleFirmIds: [],
      ineligible: [],
    });
  });
});
