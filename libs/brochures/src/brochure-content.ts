/**
 * The fixed words of the brochures that come from the register's codes rather than from the PDF
 * layout: the network's own presentation, capability group names and certificate labels, in
 * Norwegian (nb) and English (en). Pure data, no Nest or database.
 */
import type { BrochureLanguage, NetworkContact, NetworkInfo } from './pdf';

/**
 * The network's presentation, without its contact: the coordinator buyers deal with is set by
 * the project leader (setNetworkContact) and added per brochure.
 */
const NETWORK: Record<BrochureLanguage, Omit<NetworkInfo, 'coordinator'>> = {
  nb: {
    name: 'TotAl-Fly',
    tagline:
      'Komplette produkter og tjenester i aluminium fra ett nettverk – konstruksjon, maskinering, sveising, støping, overflatebehandling og montasje rundt Raufoss, Toten og Gjøvik.',
    introduction: [
      'TotAl-Fly er prosjektet der medlemsbedriftene i TotAl-nettverket går sammen om større oppdrag. Nettverket består av små og mellomstore bedrifter i verdikjeden for aluminium rundt Raufoss, Toten og Gjøvik.',
      'Ingen av bedriftene kan alene tilby komplette produkter til Forsvaret eller luftfartsindustrien. Sammen har de en bred, komplementær og fleksibel kompetanse – fra konstruksjon og prototyper til maskinering, sveising, overflatebehandling, montasje og testing.',
      'Nettverket har en koordineringsfunksjon mellom bedriftene og kundene.',
    ],
    markets: ['Forsvaret', 'Øvrig offentlig sektor', 'Militær luftfartsindustri', 'Sivil luftfartsindustri'],
  },
  en: {
    name: 'TotAl-Fly',
    tagline:
      'Complete aluminium products and services from one network — engineering, machining, welding, casting, surface treatment and assembly around Raufoss, Toten and Gjøvik.',
    introduction: [
      'TotAl-Fly is the project through which the member firms of the TotAl network bid together for larger contracts. The network consists of small and medium-sized firms in the aluminium value chain around Raufoss, Toten and Gjøvik in Norway.',
      'None of the firms can offer complete products to the Armed Forces or the aviation industry on its own. Together they hold broad, complementary and flexible competence — from engineering and prototyping to machining, welding, surface treatment, assembly and testing.',
      'The network runs a coordination function between its firms and buyers.',
    ],
    markets: [
      'The Norwegian Armed Forces',
      'The rest of the public sector',
      'The military aviation industry',
      'The civil aviation industry',
    ],
  },
};

export function networkInfo(language: BrochureLanguage, coordinator: NetworkContact): NetworkInfo {
  return { ...NETWORK[language], coordinator };
}

/** Capability groups of the catalogue, in the order the matrix shows them. */
export const GROUP_ORDER = [
  'MACHINING',
  'WELDING',
  'CASTING_EXTRUSION',
  'SHEET_METAL',
  'SURFACE_TREATMENT',
  'ENGINEERING',
  'ASSEMBLY_TEST',
  'OTHER',
] as const;

const GROUP_NAMES: Record<BrochureLanguage, Record<string, string>> = {
  nb: {
    MACHINING: 'Maskinering',
    WELDING: 'Sveising',
    CASTING_EXTRUSION: 'Støping og ekstrudering',
    SHEET_METAL: 'Platearbeid',
    SURFACE_TREATMENT: 'Overflatebehandling',
    ENGINEERING: 'Konstruksjon og prototyper',
    ASSEMBLY_TEST: 'Montasje og testing',
    OTHER: 'Annet',
  },
  en: {
    MACHINING: 'Machining',
    WELDING: 'Welding',
    CASTING_EXTRUSION: 'Casting & extrusion',
    SHEET_METAL: 'Sheet metal',
    SURFACE_TREATMENT: 'Surface treatment',
    ENGINEERING: 'Engineering & prototyping',
    ASSEMBLY_TEST: 'Assembly & testing',
    OTHER: 'Other',
  },
};

export function groupName(group: string, language: BrochureLanguage): string {
  return GROUP_NAMES[language][group] ?? humanize(group);
}

/** Position of a group in the matrix (unknown groups last, by code). */
export function groupRank(group: string): number {
  const i = (GROUP_ORDER as readonly string[]).indexOf(group);
  return i < 0 ? GROUP_ORDER.length : i;
}

const CERTIFICATE_NAMES: Record<BrochureLanguage, Record<string, string>> = {
  nb: {
    ISO_9001: 'ISO 9001',
    EN_9100: 'EN/AS 9100',
    AQAP_2110: 'AQAP 2110',
    AQAP_2310: 'AQAP 2310',
    ISO_3834_2: 'ISO 3834-2',
    ISO_3834_3: 'ISO 3834-3',
    NADCAP: 'NADCAP',
    ISO_14001: 'ISO 14001',
    FACILITY_CLEARANCE: 'Virksomhetsklarering',
    EXPORT_CONTROL: 'Registrert for eksportkontroll',
  },
  en: {
    ISO_9001: 'ISO 9001',
    EN_9100: 'EN/AS 9100',
    AQAP_2110: 'AQAP 2110',
    AQAP_2310: 'AQAP 2310',
    ISO_3834_2: 'ISO 3834-2',
    ISO_3834_3: 'ISO 3834-3',
    NADCAP: 'NADCAP',
    ISO_14001: 'ISO 14001',
    FACILITY_CLEARANCE: 'Facility security clearance',
    EXPORT_CONTROL: 'Export-control registration',
  },
};

/** NADCAP special processes (the register's codes) in each language. */
const PROCESS_NAMES: Record<BrochureLanguage, Record<string, string>> = {
  nb: {
    WELDING: 'sveising',
    CHEMICAL_PROCESSING: 'kjemisk prosessering',
    HEAT_TREATING: 'varmebehandling',
    NONDESTRUCTIVE_TESTING: 'ikke-destruktiv testing',
    NDT: 'ikke-destruktiv testing',
    COATINGS: 'belegg',
    MATERIALS_TESTING: 'materialtesting',
    SURFACE_ENHANCEMENT: 'overflateforbedring',
    COMPOSITES: 'kompositter',
    MEASUREMENT_INSPECTION: 'måling og inspeksjon',
  },
  en: {
    WELDING: 'welding',
    CHEMICAL_PROCESSING: 'chemical processing',
    HEAT_TREATING: 'heat treating',
    NONDESTRUCTIVE_TESTING: 'non-destructive testing',
    NDT: 'non-destructive testing',
    COATINGS: 'coatings',
    MATERIALS_TESTING: 'materials testing',
    SURFACE_ENHANCEMENT: 'surface enhancement',
    COMPOSITES: 'composites',
    MEASUREMENT_INSPECTION: 'measurement and inspection',
  },
};

/** Norwegian security levels as written in each language (sikkerhetsloven's grades). */
const CLEARANCE_NAMES: Record<BrochureLanguage, Record<string, string>> = {
  nb: { RESTRICTED: 'BEGRENSET', CONFIDENTIAL: 'KONFIDENSIELT', SECRET: 'HEMMELIG', TOP_SECRET: 'STRENGT HEMMELIG' },
  en: { RESTRICTED: 'RESTRICTED', CONFIDENTIAL: 'CONFIDENTIAL', SECRET: 'SECRET', TOP_SECRET: 'TOP SECRET' },
};

/** 'NADCAP – Chemical processing', 'Virksomhetsklarering (KONFIDENSIELT)', 'ISO 9001'. */
export function certificateLabel(
  cert: { type: string; process?: string | null; clearanceLevel?: string | null },
  language: BrochureLanguage,
): string {
  const base = CERTIFICATE_NAMES[language][cert.type] ?? humanize(cert.type);
  if (cert.type === 'NADCAP' && cert.process) {
    // a process the list does not name is printed as its code (language-neutral), not as English words
    return `${base} – ${PROCESS_NAMES[language][cert.process.toUpperCase()] ?? cert.process}`;
  }
  if (cert.type === 'FACILITY_CLEARANCE' && cert.clearanceLevel) {
    return `${base} (${CLEARANCE_NAMES[language][cert.clearanceLevel] ?? cert.clearanceLevel})`;
  }
  return base;
}

/** A consortium member's role: prime contractor first, then the capability groups it covers. */
export function roleText(groups: readonly string[], language: BrochureLanguage, prime: boolean): string {
  const names = [...new Set(groups)].sort((a, b) => groupRank(a) - groupRank(b)).map((g) => groupName(g, language));
  const parts = prime ? [language === 'nb' ? 'Hovedleverandør' : 'Prime contractor', ...names] : names;
  if (parts.length) return parts.join(', ');
  return language === 'nb' ? 'Partner i konsortiet' : 'Consortium partner';
}

/** 'CHEMICAL_PROCESSING' → 'Chemical processing'. */
function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How a website is printed: without the https:// the register adds. */
export function displayWebsite(website: string | null): string | undefined {
  const s = website?.trim();
  if (!s) return undefined;
  return s.replace(/^https:\/\//i, '').replace(/\/$/, '');
}
