import type { BrochureLanguage, IsoDate } from './brochure-data';

/** Every fixed text of the brochures, in one place per language. */
export interface BrochureTexts {
  readonly locale: string;
  readonly networkBrochureKind: string;
  readonly tenderBrochureKind: string;
  readonly contents: string;
  readonly atAGlance: string;
  readonly memberFirms: string;
  readonly capabilityGroupsCount: string;
  readonly validCertificatesCount: string;
  readonly marketsCount: string;
  readonly firmsPerGroup: string;
  readonly introduction: string;
  readonly markets: string;
  readonly oneContact: string;
  readonly oneContactText: (firmCount: number, networkName: string) => string;
  readonly steps: readonly [string, string, string];
  readonly stepTexts: readonly [string, string, string];
  readonly contact: string;
  readonly capabilityMatrix: string;
  readonly matrixIntro: string;
  readonly firm: string;
  readonly profilePage: string;
  readonly hasCapability: string;
  readonly noFirms: string;
  readonly certificates: string;
  readonly validCertificates: string;
  readonly certificatesIntro: (date: string) => string;
  readonly certificateType: string;
  readonly validUntil: string;
  readonly noCertificates: string;
  readonly firmProfiles: string;
  readonly municipality: string;
  readonly employees: (band: string) => string;
  readonly capabilities: string;
  readonly keyEquipment: string;
  readonly level: string;
  readonly scope: string;
  readonly noValidCertificates: string;
  readonly website: string;
  readonly continued: string;
  readonly illustrative: string;
  readonly illustrativeLong: string;
  readonly illustrativeNotice: string;
  readonly pageOf: (page: number, total: number) => string;
  readonly pageShort: string;
  readonly date: string;
  readonly buyer: string;
  readonly reference: string;
  readonly deadline: string;
  readonly tender: string;
  readonly proposedConsortium: string;
  readonly consortiumIntro: (networkName: string, coordinator: string) => string;
  readonly role: string;
  readonly complianceSummary: string;
  /** Every mandatory requirement is covered (n of them). */
  readonly complianceIntroAll: (mandatory: number) => string;
  /** Some mandatory requirement is not part of the offer: how the table reads, no count of what is missing. */
  readonly complianceIntroPartial: string;
  readonly optionalCovered: string;
  readonly optionalIntro: string;
  readonly requirement: string;
  readonly capability: string;
  readonly coveredBy: string;
  readonly status: string;
  readonly covered: string;
  /** A mandatory requirement the consortium does not offer, said as a bid team would: neutrally. */
  readonly notOffered: string;
  readonly aboutNetwork: (networkName: string) => string;
  readonly months: readonly string[];
  readonly formatLongDate: (iso: IsoDate) => string;
  readonly formatShortDate: (iso: IsoDate) => string;
}

function parts(iso: IsoDate): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

const NB_MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad2 = (n: number) => String(n).padStart(2, '0');

const nb: BrochureTexts = {
  locale: 'nb',
  networkBrochureKind: 'Kompetansekatalog',
  tenderBrochureKind: 'Konsortiepresentasjon',
  contents: 'Innhold',
  atAGlance: 'Kort fortalt',
  memberFirms: 'medlemsbedrifter',
  capabilityGroupsCount: 'kompetanseområder',
  validCertificatesCount: 'gyldige sertifikater',
  marketsCount: 'markeder',
  firmsPerGroup: 'Medlemsbedrifter per kompetanseområde',
  introduction: 'Innledning',
  markets: 'Markeder',
  oneContact: 'Én kontakt – hele nettverket',
  oneContactText: (n, name) =>
    `Som kunde forholder du deg til én koordinator i stedet for ${n} enkeltbedrifter. Koordinatoren tar imot forespørselen, setter sammen bedriftene i ${name} som til sammen dekker behovet, og er kontaktpunktet ditt fra tilbud til levering. Bedriftene beholder egne kvalitetssystemer og sertifikater; nettverket kombinerer dem til komplette produkter og tjenester som ingen liten bedrift kan levere alene.`,
  steps: ['Forespørsel', 'Sammensatt team', 'Én leveranse'],
  stepTexts: [
    'Du sender forespørselen til koordinatoren.',
    'Koordinatoren velger bedriftene som dekker kravene.',
    'Ett tilbud, én kontakt, én oppfølging.',
  ],
  contact: 'Kontakt',
  capabilityMatrix: 'Kompetansematrise',
  matrixIntro: 'Hvilke kompetanseområder hver medlemsbedrift dekker. Sidetallet viser til bedriftens profil.',
  firm: 'Bedrift',
  profilePage: 'Profil, side',
  hasCapability: 'Har kompetanse på området',
  noFirms: 'Ingen bedrifter å vise.',
  certificates: 'Sertifikater',
  validCertificates: 'Gyldige sertifikater',
  certificatesIntro: (d) => `Sertifikater som er gyldige per ${d}, sortert etter type og bedrift.`,
  certificateType: 'Sertifikat',
  validUntil: 'Gyldig til',
  noCertificates: 'Ingen gyldige sertifikater er registrert.',
  firmProfiles: 'Bedriftsprofiler',
  municipality: 'Kommune',
  employees: (band) => `${band} ansatte`,
  capabilities: 'Kompetanse',
  keyEquipment: 'Nøkkelutstyr',
  level: 'Nivå',
  scope: 'Omfang',
  noValidCertificates: 'Ingen gyldige sertifikater registrert.',
  website: 'Nettsted',
  continued: '(forts.)',
  illustrative: 'Illustrerende data',
  illustrativeLong: 'Illustrerende data – ikke fra medlemsregisteret',
  illustrativeNotice:
    'Merket med †: illustrerende data. Kompetanse og sertifikater for disse bedriftene er oppdiktet for demonstrasjon og kommer ikke fra medlemsregisteret.',
  pageOf: (p, n) => `Side ${p} av ${n}`,
  pageShort: 's.',
  date: 'Dato',
  buyer: 'Oppdragsgiver',
  reference: 'Referanse',
  deadline: 'Tilbudsfrist',
  tender: 'Konkurranse',
  proposedConsortium: 'Foreslått konsortium',
  consortiumIntro: (name, coordinator) =>
    `${name} tilbyr oppdraget som ett samlet konsortium. ${coordinator} er koordinator og eneste kontaktpunkt for oppdragsgiver.`,
  role: 'Rolle',
  complianceSummary: 'Samsvarsoversikt',
  complianceIntroAll: (n) =>
    `Konsortiet dekker ${n === 1 ? 'det obligatoriske kravet' : `alle de ${n} obligatoriske kravene`}. Tabellen viser hvilke bedrifter som står for hvert krav, med sine relevante sertifikater.`,
  complianceIntroPartial:
    'Tabellen viser de obligatoriske kravene, hvilke bedrifter som står for hvert av dem, og deres relevante sertifikater.',
  optionalCovered: 'Tilleggsytelser',
  optionalIntro: 'Konsortiet dekker også disse valgfrie kravene.',
  requirement: 'Krav',
  capability: 'Kompetanse',
  coveredBy: 'Dekkes av',
  status: 'Status',
  covered: '✓ Dekket',
  notOffered: 'Inngår ikke i tilbudet',
  aboutNetwork: (name) => `Om ${name}`,
  months: NB_MONTHS,
  formatLongDate: (iso) => {
    const [y, m, d] = parts(iso);
    return `${d}. ${NB_MONTHS[m - 1]} ${y}`;
  },
  formatShortDate: (iso) => {
    const [y, m, d] = parts(iso);
    return `${pad2(d)}.${pad2(m)}.${y}`;
  },
};

const en: BrochureTexts = {
  locale: 'en',
  networkBrochureKind: 'Capability brochure',
  tenderBrochureKind: 'Consortium presentation',
  contents: 'Contents',
  atAGlance: 'At a glance',
  memberFirms: 'member firms',
  capabilityGroupsCount: 'capability groups',
  validCertificatesCount: 'valid certificates',
  marketsCount: 'markets',
  firmsPerGroup: 'Member firms per capability group',
  introduction: 'Introduction',
  markets: 'Markets',
  oneContact: 'One contact, the whole network',
  oneContactText: (n, name) =>
    `As a buyer you deal with one coordinator instead of ${n} separate firms. The coordinator receives your enquiry, puts together the firms of ${name} that between them cover it, and remains your point of contact from offer to delivery. Members keep their own quality systems and certificates; the network combines them into complete products and services that no single small firm could deliver alone.`,
  steps: ['Enquiry', 'Team composed', 'One delivery'],
  stepTexts: [
    'You send your enquiry to the coordinator.',
    'The coordinator selects the firms that meet the requirements.',
    'One offer, one contact, one follow-up.',
  ],
  contact: 'Contact',
  capabilityMatrix: 'Capability matrix',
  matrixIntro: "The capability groups each member firm covers. The page number refers to the firm's profile.",
  firm: 'Firm',
  profilePage: 'Profile, page',
  hasCapability: 'Capability present',
  noFirms: 'No firms to show.',
  certificates: 'Certificates',
  validCertificates: 'Valid certificates',
  certificatesIntro: (d) => `Certificates valid on ${d}, sorted by type and firm.`,
  certificateType: 'Certificate',
  validUntil: 'Valid until',
  noCertificates: 'No valid certificates are registered.',
  firmProfiles: 'Firm profiles',
  municipality: 'Municipality',
  employees: (band) => `${band} employees`,
  capabilities: 'Capabilities',
  keyEquipment: 'Key equipment',
  level: 'Level',
  scope: 'Scope',
  noValidCertificates: 'No valid certificates registered.',
  website: 'Website',
  continued: '(continued)',
  illustrative: 'Illustrative data',
  illustrativeLong: 'Illustrative data — not from the member register',
  illustrativeNotice:
    'Marked †: illustrative data. The capabilities and certificates of these firms are invented for demonstration and do not come from the member register.',
  pageOf: (p, n) => `Page ${p} of ${n}`,
  pageShort: 'p.',
  date: 'Date',
  buyer: 'Buyer',
  reference: 'Reference',
  deadline: 'Deadline',
  tender: 'Tender',
  proposedConsortium: 'Proposed consortium',
  consortiumIntro: (name, coordinator) =>
    `${name} offers this contract as one consortium. ${coordinator} coordinates it and is the buyer's single point of contact.`,
  role: 'Role',
  complianceSummary: 'Compliance summary',
  complianceIntroAll: (n) =>
    `The consortium covers ${n === 1 ? 'the mandatory requirement' : `all ${n} mandatory requirements`}. The table shows the firms behind each requirement, with their relevant certificates.`,
  complianceIntroPartial: 'The table shows the mandatory requirements, the firms behind each of them and their relevant certificates.',
  optionalCovered: 'Additional services',
  optionalIntro: 'The consortium also covers these optional requirements.',
  requirement: 'Requirement',
  capability: 'Capability',
  coveredBy: 'Covered by',
  status: 'Status',
  covered: '✓ Covered',
  notOffered: 'Not part of this offer',
  aboutNetwork: (name) => `About ${name}`,
  months: EN_MONTHS,
  formatLongDate: (iso) => {
    const [y, m, d] = parts(iso);
    return `${d} ${EN_MONTHS[m - 1]} ${y}`;
  },
  formatShortDate: (iso) => {
    const [y, m, d] = parts(iso);
    return `${d} ${EN_MONTHS[m - 1].slice(0, 3)} ${y}`;
  },
};

const TEXTS: Record<BrochureLanguage, BrochureTexts> = { nb, en };

export function brochureTexts(language: BrochureLanguage): BrochureTexts {
  const texts = TEXTS[language];
  if (!texts) throw new RangeError(`Unsupported brochure language "${String(language)}" (expected 'nb' or 'en')`);
  return texts;
}
