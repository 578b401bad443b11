/**
 * Deterministic demo data for tests and benchmarks. The first 35 firm names are the published
 * member list of September 2006 (company names and websites only); everything else about them
 * (capabilities, certificates, descriptions) is invented, so every generated firm is marked
 * illustrative. Firm 36 is a Sámi test name that exercises letters outside WinAnsi.
 */
import type {
  BrochureLanguage,
  CapabilityGroup,
  CertificateListing,
  FirmCapability,
  FirmCertificate,
  FirmProfile,
  IsoDate,
  NetworkBrochureData,
  NetworkInfo,
  TenderBrochureData,
} from '../brochure-data';

export const FIXTURE_DATE = '2026-11-29';
export const SAMI_FIRM_NAME = 'Čáhppes Ŋuorra Ŧeaknu AS';

export const MEMBER_REGISTER_2006: ReadonlyArray<readonly [string, string | undefined]> = [
  ['AWB Proma AS', 'www.awb.no'],
  ['All Skilt AS', 'www.allskilt.no'],
  ['Al-Sveis AS', undefined],
  ['Alutech AS', 'www.alutech.no'],
  ['Edvind Hansen & Søn AS', undefined],
  ['Elart Metall AS', 'www.elart.no'],
  ['CHS-Nor AS', undefined],
  ['Hydro Aluminium Profiler AS', 'www.hydro.com'],
  ['Hydro Aluminium Structures Raufoss AS', 'www.hydro.com'],
  ['Industriell Design & Teknologi AS', 'www.idt.no'],
  ['Intek Engineering AS', 'www.intek.no'],
  ['Jemtland AS', 'www.jemtland.no'],
  ['Kapp Aluminium Tretum Offshore AS', 'kappaluminium.no'],
  ['K8 Industriedesign AS', 'www.k8.no'],
  ['Lena Metall AS', 'www.lena-metall.no'],
  ['Lena Tekniske Industrier AS', 'www.letek.no'],
  ['Molstad Modell og Form AS', 'www.molstad.no'],
  ['Motec AS', 'www.motec.no'],
  ['Mustad Longline AS', 'www.mustad.no'],
  ['Nammo Raufoss AS', 'www.nammo.com'],
  ['Nor-Safe AS', 'www.nor-safe.no'],
  ['Profil-Lakkering AS', 'profil-lakkering.no'],
  ['Raufoss Industrial Tools AS', 'www.ra-tools.no'],
  ['Raufoss Technology & Industrial Management AS', 'www.rtim.com'],
  ['Raufoss Technology AS', 'raufossneuman.com'],
  ['Ring Mekanikk AS', 'www.ringmek.com'],
  ['Ringsaker Industriservice AS', undefined],
  ['Sagstuen AS', 'www.sagstuen.no'],
  ['Scandic Markiser AS', 'www.scandic.no'],
  ['Steertec Raufoss AS', 'willielbgroup.de'],
  ['StirTech AS', 'www.stirtech.no'],
  ['Tokvam AS', 'www.tokvam.no'],
  ['Toten Metall AS', 'www.totenmetall.no'],
  ['Totenprodukter AS', 'www.topro.no'],
  ['Twin Protomek AS', 'www.protomek.com'],
];

/** A small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS: Record<BrochureLanguage, Array<[string, string]>> = {
  en: [
    ['machining', 'Machining'],
    ['welding', 'Welding'],
    ['casting-extrusion', 'Casting & extrusion'],
    ['sheet-metal', 'Sheet metal'],
    ['surface', 'Surface treatment'],
    ['engineering', 'Engineering & prototyping'],
    ['assembly', 'Assembly & testing'],
    ['other', 'Other'],
  ],
  nb: [
    ['machining', 'Maskinering'],
    ['welding', 'Sveising'],
    ['casting-extrusion', 'Støping og ekstrudering'],
    ['sheet-metal', 'Platearbeid'],
    ['surface', 'Overflatebehandling'],
    ['engineering', 'Konstruksjon og prototyper'],
    ['assembly', 'Montasje og testing'],
    ['other', 'Annet'],
  ],
};

export function capabilityGroups(language: BrochureLanguage): CapabilityGroup[] {
  return GROUPS[language].map(([code, name]) => ({ code, name }));
}

type CapabilitySeed = { group: string; en: string; nb: string; equipment: string };
const CAPABILITIES: CapabilitySeed[] = [
  { group: 'machining', en: '5-axis CNC milling', nb: '5-akset CNC-fresing', equipment: 'DMG Mori DMU 65 monoBLOCK, Heidenhain TNC 640' },
  { group: 'machining', en: 'CNC turning', nb: 'CNC-dreiing', equipment: 'Mazak Quick Turn 250 MSY with bar feeder' },
  { group: 'machining', en: 'Large-part machining', nb: 'Maskinering av store deler', equipment: 'Portal mill, 6 000 × 2 500 mm table' },
  {
    group: 'welding',
    en: 'TIG and MIG welding of aluminium',
    nb: 'TIG- og MIG-sveising av aluminium',
    equipment: 'Fronius TPS 500i, certified welders (ISO 9606-2)',
  },
  { group: 'welding', en: 'Friction stir welding', nb: 'Friksjonssveising (FSW)', equipment: 'ESAB LEGIO 5UT' },
  { group: 'welding', en: 'Robot welding', nb: 'Robotsveising', equipment: 'ABB IRB 2600 welding cell' },
  {
    group: 'casting-extrusion',
    en: 'Aluminium extrusion',
    nb: 'Ekstrudering av aluminium',
    equipment: '2 800 t extrusion press, billets up to 9"',
  },
  {
    group: 'casting-extrusion',
    en: 'Sand and gravity die casting',
    nb: 'Sand- og kokillestøping',
    equipment: 'Induction furnaces, X-ray inspection',
  },
  {
    group: 'sheet-metal',
    en: 'Laser cutting and bending',
    nb: 'Laserskjæring og kanting',
    equipment: 'Trumpf TruLaser 3030, TruBend 5130',
  },
  { group: 'sheet-metal', en: 'Punching and forming', nb: 'Stansing og forming', equipment: 'Amada EM-2510 NT' },
  { group: 'surface', en: 'Anodising', nb: 'Anodisering', equipment: 'Line for parts up to 7 m, hard anodising' },
  { group: 'surface', en: 'Powder coating', nb: 'Pulverlakkering', equipment: 'Automatic line, Qualicoat-approved pretreatment' },
  {
    group: 'surface',
    en: 'Wet painting to military specification',
    nb: 'Våtlakkering etter militær spesifikasjon',
    equipment: 'Spray booth 12 × 5 × 5 m',
  },
  {
    group: 'engineering',
    en: 'Product development and design',
    nb: 'Produktutvikling og konstruksjon',
    equipment: 'SolidWorks, Creo, ANSYS Mechanical',
  },
  { group: 'engineering', en: 'Rapid prototyping', nb: 'Hurtigprototyping', equipment: 'Metal 3D printing (SLM), vacuum casting' },
  { group: 'engineering', en: 'Tool and mould making', nb: 'Verktøy- og formbygging', equipment: 'Wire EDM, sinker EDM, CMM' },
  { group: 'assembly', en: 'Mechanical assembly', nb: 'Mekanisk montasje', equipment: 'Clean assembly hall, torque-controlled tools' },
  { group: 'assembly', en: 'Testing and inspection', nb: 'Testing og kontroll', equipment: 'Zeiss CMM, leak and pressure testing' },
  { group: 'other', en: 'Signs and marking', nb: 'Skilt og merking', equipment: 'Engraving, UV printing' },
  { group: 'other', en: 'Logistics and kitting', nb: 'Logistikk og kitting', equipment: 'Bonded warehouse' },
];

const LEVELS: Record<BrochureLanguage, string[]> = {
  en: ['Series', 'Prototype', 'Series and prototype', 'Small series'],
  nb: ['Serie', 'Prototype', 'Serie og prototype', 'Småserie'],
};

const CERTIFICATE_TYPES = [
  'ISO 9001:2015',
  'ISO 14001:2015',
  'EN 9100:2018',
  'AQAP 2110',
  'NS-EN ISO 3834-2',
  'NS-EN 1090-2 EXC3',
  'ISO 45001:2018',
  'NADCAP Chemical Processing',
];

const MUNICIPALITIES = [
  'Vestre Toten',
  'Østre Toten',
  'Gjøvik',
  'Søndre Land',
  'Nordre Land',
  'Lillehammer',
  'Ringsaker',
  'Gran',
  'Hamar',
  'Lunner',
];
const BANDS = ['1–10', '11–50', '51+'];

const SENTENCES: Record<BrochureLanguage, string[]> = {
  en: [
    'The firm supplies machined and welded aluminium components to the defence and automotive industries.',
    'Its workshop combines flexible small-series production with documented quality control.',
    'Customers value short lead times and close cooperation from the first drawing to the finished part.',
    'The firm has long experience with complex assemblies and traceable material certificates.',
    'Engineers and operators work closely together, which makes changes late in a project manageable.',
    'It delivers both prototypes and series, and takes responsibility for surface treatment through partners in the network.',
    'Work for aviation customers is carried out under a quality system audited by its customers.',
    'Apprentices are trained in-house, and the firm takes part in joint training across the network.',
  ],
  nb: [
    'Bedriften leverer maskinerte og sveiste aluminiumskomponenter til forsvars- og bilindustrien.',
    'Verkstedet kombinerer fleksibel småserieproduksjon med dokumentert kvalitetskontroll.',
    'Kundene verdsetter korte leveringstider og tett samarbeid fra første tegning til ferdig del.',
    'Bedriften har lang erfaring med komplekse sammenstillinger og sporbare materialsertifikater.',
    'Ingeniører og operatører jobber tett sammen, noe som gjør sene endringer i et prosjekt håndterbare.',
    'Den leverer både prototyper og serier, og tar ansvar for overflatebehandling gjennom partnere i nettverket.',
    'Arbeid for luftfartskunder utføres under et kvalitetssystem som revideres av kundene.',
    'Lærlinger læres opp internt, og bedriften deltar i felles opplæring i nettverket.',
  ],
};

const NAME_PARTS = {
  first: [
    'Gjøvik',
    'Toten',
    'Raufoss',
    'Hunndalen',
    'Lena',
    'Bøverbru',
    'Kapp',
    'Eina',
    'Reinsvoll',
    'Skreia',
    'Biri',
    'Redalen',
    'Snertingdal',
    'Mjøsa',
    'Hoff',
    'Ås',
  ],
  second: [
    'Mekaniske',
    'Sveis',
    'Aluminium',
    'Profil',
    'Lakk',
    'Støperi',
    'Maskin',
    'Teknikk',
    'Verksted',
    'Presisjon',
    'Montasje',
    'Plate',
  ],
};

function addDays(iso: IsoDate, days: number): IsoDate {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function pickSome<T>(rnd: () => number, items: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rnd() * (max - min + 1));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  return out;
}

export interface FirmOptions {
  readonly language?: BrochureLanguage;
  readonly date?: IsoDate;
  readonly seed?: number;
}

/** The i-th generated firm (0-based); the same i always gives the same firm. */
export function generateFirm(i: number, options: FirmOptions = {}): FirmProfile {
  const language = options.language ?? 'en';
  const date = options.date ?? FIXTURE_DATE;
  const rnd = seededRandom((options.seed ?? 2006) * 1_000_003 + i * 7919);
  let name: string;
  let website: string | undefined;
  if (i < MEMBER_REGISTER_2006.length) [name, website] = MEMBER_REGISTER_2006[i];
  else if (i === MEMBER_REGISTER_2006.length) name = SAMI_FIRM_NAME;
  else {
    name = `${pick(rnd, NAME_PARTS.first)} ${pick(rnd, NAME_PARTS.second)} ${String(i + 1).padStart(4, '0')} AS`;
    website = rnd() < 0.6 ? `www.firm${i + 1}.example` : undefined;
  }
  const caps = pickSome(rnd, CAPABILITIES, 2, 5);
  const capabilities: FirmCapability[] = caps.map((c) => ({
    name: c[language],
    keyEquipment: rnd() < 0.85 ? c.equipment : undefined,
    level: rnd() < 0.7 ? pick(rnd, LEVELS[language]) : undefined,
  }));
  const certificates: FirmCertificate[] = pickSome(rnd, CERTIFICATE_TYPES, 0, 3).map((typeLabel) => ({
    typeLabel,
    // about one in six has expired before the brochure date
    validUntil: addDays(date, Math.floor(rnd() * 1400) - 230),
    scope: rnd() < 0.4 ? (language === 'nb' ? 'Maskinering og sveising av aluminium' : 'Machining and welding of aluminium') : undefined,
  }));
  const sentences = SENTENCES[language];
  const long = i % 9 === 4;
  const description = pickSome(rnd, sentences, long ? 7 : 2, long ? 8 : 4).join(' ');
  return {
    id: `firm-${String(i + 1).padStart(4, '0')}`,
    name,
    municipality: pick(rnd, MUNICIPALITIES),
    employeeBand: pick(rnd, BANDS),
    description,
    website,
    capabilityGroupCodes: [...new Set(caps.map((c) => c.group))],
    capabilities,
    certificates,
    illustrative: true,
  };
}

export function generateFirms(count: number, options: FirmOptions = {}): FirmProfile[] {
  return Array.from({ length: count }, (_, i) => generateFirm(i, options));
}

/** A factory that yields `count` firms lazily, one at a time: nothing is kept between calls. */
export function firmStream(count: number, options: FirmOptions = {}): () => AsyncIterable<FirmProfile> {
  return async function* () {
    for (let i = 0; i < count; i++) yield generateFirm(i, options);
  };
}

/** The certificate table rows for the given firms (expired ones included: the renderer drops them). */
export function certificateListings(firms: Iterable<FirmProfile>): CertificateListing[] {
  const rows: CertificateListing[] = [];
  for (const firm of firms) {
    for (const c of firm.certificates)
      rows.push({ typeLabel: c.typeLabel, firmName: firm.name, validUntil: c.validUntil, illustrative: firm.illustrative });
  }
  return rows;
}

export function networkInfo(language: BrochureLanguage): NetworkInfo {
  const coordinator = {
    name: 'Ingrid Bakken',
    role: language === 'nb' ? 'Prosjektleder' : 'Project leader',
    email: 'post@total-fly.example',
    phone: '+47 61 00 00 00',
    address: 'c/o RTIM, Postboks 24\n2831 Raufoss',
  };
  if (language === 'nb') {
    return {
      name: 'TotAl-Fly',
      tagline:
        'Komplette produkter og tjenester i aluminium fra ett nettverk – maskinering, sveising, støping, overflatebehandling og konstruksjon rundt Raufoss, Toten og Gjøvik.',
      introduction: [
        'TotAl-Fly er prosjektet der medlemsbedriftene i TotAl-nettverket går sammen om større oppdrag. Nettverket består av små og mellomstore bedrifter i verdikjeden for aluminium rundt Raufoss, Toten og Gjøvik.',
        'Ingen av bedriftene kan alene tilby komplette produkter til Forsvaret eller luftfartsindustrien. Sammen har de en bred, komplementær og fleksibel kompetanse – fra konstruksjon og prototyper til maskinering, sveising, overflatebehandling, montasje og testing.',
        'Nettverket har en koordineringsfunksjon mellom bedriftene og kundene, og har blant annet inngått en intensjonsavtale med Forsvaret om underleveranser av ingeniør- og verkstedtjenester til oppgradering av beltevogner.',
      ],
      markets: ['Forsvaret', 'Øvrig offentlig sektor', 'Militær luftfartsindustri', 'Sivil luftfartsindustri'],
      coordinator,
    };
  }
  return {
    name: 'TotAl-Fly',
    tagline:
      'Complete aluminium products and services from one network — machining, welding, casting, surface treatment and engineering around Raufoss, Toten and Gjøvik.',
    introduction: [
      'TotAl-Fly is the project through which the member firms of the TotAl network bid together for larger contracts. The network consists of small and medium-sized firms in the aluminium value chain around Raufoss, Toten and Gjøvik in Norway.',
      'None of the firms can offer complete products to the Armed Forces or the aviation industry on its own. Together they hold broad, complementary and flexible competence — from engineering and prototyping to machining, welding, surface treatment, assembly and testing.',
      'The network runs a coordination function between its firms and buyers, and has among other things signed a letter of intent with the Norwegian Armed Forces for sub-deliveries of engineering and workshop services for upgrading tracked vehicles.',
    ],
    markets: [
      'The Norwegian Armed Forces',
      'The rest of the public sector',
      'The military aviation industry',
      'The civil aviation industry',
    ],
    coordinator,
  };
}

export function networkBrochureData(firmCount: number, options: FirmOptions & { stream?: boolean } = {}): NetworkBrochureData {
  const language = options.language ?? 'en';
  const date = options.date ?? FIXTURE_DATE;
  const firms = options.stream ? firmStream(firmCount, options) : generateFirms(firmCount, options);
  const certificates: CertificateListing[] = [];
  for (let i = 0; i < firmCount; i++) certificates.push(...certificateListings([generateFirm(i, options)]));
  return { language, date, network: networkInfo(language), capabilityGroups: capabilityGroups(language), firms, certificates };
}

/** A tender with five involved firms, one requirement left uncovered. */
export function tenderBrochureData(options: FirmOptions = {}): TenderBrochureData {
  const language = options.language ?? 'en';
  const date = options.date ?? FIXTURE_DATE;
  const firms = [19, 35, 3, 21, 13].map((i) => generateFirm(i, options));
  const nb = language === 'nb';
  const roles = nb
    ? ['Hovedleverandør / koordinator', 'Maskinering', 'Sveising', 'Overflatebehandling', 'Konstruksjon']
    : ['Prime / coordinator', 'Machining', 'Welding', 'Surface treatment', 'Engineering'];
  const certsOf = (f: FirmProfile) => f.certificates.filter((c) => c.validUntil >= date).map((c) => c.typeLabel);
  return {
    language,
    date,
    network: networkInfo(language),
    tender: {
      title: nb
        ? 'Oppgradering av beltevogner – underleveranser av ingeniør- og verkstedtjenester'
        : 'Upgrade of tracked vehicles — sub-deliveries of engineering and workshop services',
      buyerName: 'Forsvarsmateriell',
      reference: 'FMA 2026/0142',
      deadline: '2027-01-15',
    },
    consortium: firms.map((f, i) => ({ firmId: f.id, firmName: f.name, role: roles[i] })),
    compliance: [
      {
        requirementLabel: nb ? 'Kvalitetssystem for forsvarsleveranser' : 'Quality system for defence supply',
        capabilityName: 'AQAP 2110',
        covering: [{ firmName: firms[0].name, certificates: certsOf(firms[0]) }],
        covered: true,
        mandatory: true,
      },
      {
        requirementLabel: nb ? 'Sveising av bærende aluminiumskonstruksjoner' : 'Welding of load-bearing aluminium structures',
        capabilityName: nb ? 'Sveising' : 'Welding',
        covering: [
          { firmName: firms[2].name, certificates: certsOf(firms[2]) },
          { firmName: firms[1].name, certificates: [] },
        ],
        covered: true,
        mandatory: true,
      },
      {
        requirementLabel: nb ? '5-akset maskinering av deler opptil 2 m' : '5-axis machining of parts up to 2 m',
        capabilityName: nb ? 'Maskinering' : 'Machining',
        covering: [{ firmName: firms[1].name, certificates: certsOf(firms[1]) }],
        covered: true,
        mandatory: true,
      },
      {
        requirementLabel: nb ? 'Overflatebehandling etter MIL-spesifikasjon' : 'Surface treatment to MIL specification',
        capabilityName: nb ? 'Overflatebehandling' : 'Surface treatment',
        covering: [{ firmName: firms[3].name, certificates: certsOf(firms[3]) }],
        covered: true,
        mandatory: true,
      },
      {
        requirementLabel: nb ? 'Konstruksjon og dokumentasjon' : 'Engineering and documentation',
        capabilityName: nb ? 'Konstruksjon og prototyper' : 'Engineering & prototyping',
        covering: [{ firmName: firms[4].name, certificates: certsOf(firms[4]) }],
        covered: true,
        mandatory: true,
      },
      {
        requirementLabel: nb ? 'Ikke-destruktiv testing (NDT nivå 2)' : 'Non-destructive testing (NDT level 2)',
        capabilityName: nb ? 'Testing og kontroll' : 'Testing and inspection',
        covering: [],
        covered: false,
        mandatory: false,
      },
      {
        requirementLabel: nb ? 'Montasje av delsammenstillinger' : 'Assembly of sub-assemblies',
        capabilityName: nb ? 'Montasje og testing' : 'Assembly & testing',
        covering: [{ firmName: firms[0].name, certificates: [] }],
        covered: true,
        mandatory: false,
      },
    ],
    firms,
  };
}
