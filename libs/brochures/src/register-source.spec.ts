import { certificateLabel, displayWebsite, roleText } from './brochure-content';
import {
  BrochureSourceChangedError,
  type FirmProfile,
  type NetworkInfo,
  renderNetworkBrochure,
  renderTenderBrochure,
  renderToBuffer,
} from './pdf';
import { flat, pdfText } from './pdf/testing/pdf-tools';
import { DigestingSink } from './digesting-sink';
import { RegisterFirmSource } from './register-source';

function firm(id: number, name: string, extra: Partial<FirmProfile> = {}): FirmProfile {
  return {
    id: String(id),
    name,
    municipality: 'Gjøvik',
    employeeBand: '11–50',
    description: 'Aluminium.',
    capabilityGroupCodes: ['MACHINING'],
    capabilities: [{ name: 'CNC milling' }],
    certificates: [{ typeLabel: 'ISO 9001', validUntil: '2027-06-30' }],
    illustrative: false,
    ...extra,
  };
}

const NETWORK: NetworkInfo = {
  name: 'TotAl-Fly',
  tagline: 'One network.',
  introduction: ['Firms.'],
  markets: ['Defence'],
  coordinator: {
    name: 'Coordinator',
    role: 'Project leader',
    email: 'post@totalfly.example',
    phone: '+47 00 00 00 00',
    address: 'Raufoss',
  },
};

async function walkAll(source: RegisterFirmSource): Promise<string[]> {
  const names: string[] = [];
  for await (const f of source.firms()) names.push(f.name);
  return names;
}

describe('RegisterFirmSource', () => {
  it('collects the certificate rows on the survey walk and lets later walks yield the same firms', async () => {
    const firms = [firm(1, 'Al-Sveis AS'), firm(2, 'Čáhppes Ŋuorra Ŧeaknu AS', { illustrative: true })];
    const source = new RegisterFirmSource(async function* () {
      yield* firms;
    });
    expect(await source.survey()).toEqual({
      firms: 2,
      certificates: [
        { typeLabel: 'ISO 9001', firmName: 'Al-Sveis AS', validUntil: '2027-06-30', illustrative: false },
        { typeLabel: 'ISO 9001', firmName: 'Čáhppes Ŋuorra Ŧeaknu AS', validUntil: '2027-06-30', illustrative: true },
      ],
    });
    expect(await walkAll(source)).toEqual(['Al-Sveis AS', 'Čáhppes Ŋuorra Ŧeaknu AS']);
    expect(await walkAll(source)).toEqual(['Al-Sveis AS', 'Čáhppes Ŋuorra Ŧeaknu AS']);
  });

  it('fails a walk that saw a different register, even when only a capability changed', async () => {
    let walks = 0;
    const source = new RegisterFirmSource(async function* () {
      walks += 1;
      yield firm(1, 'Al-Sveis AS', walks >= 3 ? { capabilities: [{ name: 'CNC milling' }, { name: 'TIG welding' }] } : {});
    });
    await source.survey();
    await walkAll(source);
    await expect(walkAll(source)).rejects.toBeInstanceOf(BrochureSourceChangedError);
  });

  it('makes the layout refuse the render (and destroy the output) when the register changes mid-way', async () => {
    let walks = 0;
    const source = new RegisterFirmSource(async function* () {
      walks += 1;
      yield firm(1, 'Al-Sveis AS');
      if (walks === 3) yield firm(3, 'Late Joiner AS'); // a member registered between the matrix and the profiles
    });
    const { certificates } = await source.survey();
    const sink = DigestingSink.inMemory();
    const render = renderNetworkBrochure(
      {
        language: 'en',
        date: '2026-11-29',
        network: {
          name: 'TotAl-Fly',
          tagline: 'One network.',
          introduction: ['Firms.'],
          markets: ['Defence'],
          coordinator: {
            name: 'Coordinator',
            role: 'Project leader',
            email: 'post@totalfly.example',
            phone: '+47 00 00 00 00',
            address: 'Raufoss',
          },
        },
        capabilityGroups: [{ code: 'MACHINING', name: 'Machining' }],
        firms: source.firms,
        certificates,
      },
      sink,
    );
    await expect(render).rejects.toBeInstanceOf(BrochureSourceChangedError);
    expect(sink.destroyed).toBe(true);
  });
});

describe('brochure content', () => {
  it('labels certificates in each language, with NADCAP process and clearance level', () => {
    expect(certificateLabel({ type: 'ISO_3834_2' }, 'nb')).toBe('ISO 3834-2');
    expect(certificateLabel({ type: 'NADCAP', process: 'CHEMICAL_PROCESSING' }, 'en')).toBe('NADCAP – chemical processing');
    // in the Norwegian brochure in Norwegian, not English words (item 12)
    expect(certificateLabel({ type: 'NADCAP', process: 'CHEMICAL_PROCESSING' }, 'nb')).toBe('NADCAP – kjemisk prosessering');
    expect(certificateLabel({ type: 'NADCAP', process: 'HEAT_TREATING' }, 'nb')).toBe('NADCAP – varmebehandling');
    expect(certificateLabel({ type: 'FACILITY_CLEARANCE', clearanceLevel: 'TOP_SECRET' }, 'nb')).toBe(
      'Virksomhetsklarering (STRENGT HEMMELIG)',
    );
    expect(certificateLabel({ type: 'FACILITY_CLEARANCE', clearanceLevel: 'CONFIDENTIAL' }, 'en')).toBe(
      'Facility security clearance (CONFIDENTIAL)',
    );
    expect(certificateLabel({ type: 'EXPORT_CONTROL' }, 'en')).toBe('Export-control registration');
  });

  it('describes roles by capability group, prime contractor first', () => {
    expect(roleText(['WELDING', 'MACHINING', 'WELDING'], 'nb', false)).toBe('Maskinering, Sveising');
    expect(roleText(['ASSEMBLY_TEST'], 'en', true)).toBe('Prime contractor, Assembly & testing');
    expect(roleText([], 'en', false)).toBe('Consortium partner');
  });

  it('prints websites without the https:// the register adds', () => {
    expect(displayWebsite('https://www.nammo.com')).toBe('www.nammo.com');
    expect(displayWebsite('http://old.example/')).toBe('http://old.example');
    expect(displayWebsite(null)).toBeUndefined();
  });
});

describe('a firm whose head count is unknown (no employee band)', () => {
  const unbanded = firm(7, 'Ukjent Størrelse AS', { employeeBand: '' });

  it('shows its municipality without a dangling "employees" in its profile', async () => {
    const { pdf } = await renderToBuffer(renderNetworkBrochure, {
      language: 'en',
      date: '2026-11-29',
      network: NETWORK,
      capabilityGroups: [{ code: 'MACHINING', name: 'Machining' }],
      firms: [unbanded, firm(8, 'Banded AS')],
      certificates: [],
    });
    const text = flat(pdfText(pdf));
    expect(text).toContain('Banded AS Gjøvik · 11–50 employees');
    expect(text).toContain('Ukjent Størrelse AS Gjøvik ');
    expect(text).not.toMatch(/Gjøvik · employees/);
  });

  it('and in the consortium table of a tender brochure', async () => {
    const { pdf } = await renderToBuffer(renderTenderBrochure, {
      language: 'nb',
      date: '2026-11-29',
      network: NETWORK,
      tender: { title: 'Brakett', buyerName: 'Forsvaret' },
      consortium: [{ firmId: '7', firmName: unbanded.name, role: 'Maskinering' }],
      compliance: [],
      firms: [unbanded],
    });
    expect(flat(pdfText(pdf))).not.toMatch(/Gjøvik · ansatte/);
  });
});
