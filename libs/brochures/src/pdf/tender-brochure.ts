import type { BrochureResult, FirmProfile, TenderBrochureData } from './brochure-data';
import { brochureTexts, type BrochureTexts } from './brochure-texts';
import { Composer } from './layout/composer';
import { createBrochureDocument, parseIsoDate } from './layout/pdf-document';
import { Painter } from './layout/painter';
import type { PdfOutput } from './layout/pdf-output';
import { streamDocument } from './layout/stream-document';
import { TextMeasure } from './layout/text-measure';
import { assertFirm } from './firm-source';
import type { ContentsEntry } from './sections/contents';
import { placeTenderCover } from './sections/cover';
import { placeFirmProfile } from './sections/firm-profile';
import { placeIntroduction } from './sections/introduction';
import { pageFrame } from './sections/page-frame';
import { sectionTitleRow } from './sections/rows';
import { placeCompliance, placeConsortium } from './sections/tender-sections';

const ANCHOR = { consortium: 'consortium', compliance: 'compliance', profiles: 'firm-profiles', about: 'about' } as const;
type Anchor = keyof typeof ANCHOR;

/** Amounts, hours and royalties: a tender brochure goes to the buyer and must never show them. */
const COMMERCIAL_FIGURES: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:NOK|kr|EUR|USD|SEK)\.?\s*\d/i, 'an amount'],
  [/\d[\d\s.,]*\s*(?:NOK|kr\.?|EUR|USD|SEK|,-)(?=$|[\s.,;:)])/i, 'an amount'],
  [/\d[\d\s.,]*\s*(?:timer|time|hours?|hrs?|t\/(?:år|uke|mnd)|årsverk|man-?hours?|dagsverk)\b/i, 'hours or capacity'],
  [/royalt|provisjon/i, 'royalties'],
];

/** A tender brochure text that would show an amount, hours/capacity or royalties. */
export class BrochureContentError extends Error {
  constructor(
    readonly field: string,
    readonly kind: string,
  ) {
    super(`${field} looks like it contains ${kind}; a tender brochure never shows prices, hours/capacity or royalties`);
    this.name = 'BrochureContentError';
  }
}

function assertNoCommercialFigures(text: string | undefined, field: string): void {
  if (!text) return;
  for (const [pattern, kind] of COMMERCIAL_FIGURES) if (pattern.test(text)) throw new BrochureContentError(field, kind);
}

/** Checks every free text the tender brochure prints, before anything is written. */
function assertPrintable(data: TenderBrochureData): void {
  const { network, tender } = data;
  const texts: Array<[string | undefined, string]> = [
    [network.name, 'network.name'],
    [network.tagline, 'network.tagline'],
    ...network.introduction.map((p, i): [string, string] => [p, `network.introduction[${i}]`]),
    ...network.markets.map((p, i): [string, string] => [p, `network.markets[${i}]`]),
    [network.coordinator.name, 'network.coordinator.name'],
    [network.coordinator.role, 'network.coordinator.role'],
    [tender.title, 'tender.title'],
    [tender.buyerName, 'tender.buyerName'],
    [tender.reference, 'tender.reference'],
  ];
  data.consortium.forEach((c, i) => texts.push([c.firmName, `consortium[${i}].firmName`], [c.role, `consortium[${i}].role`]));
  data.compliance.forEach((c, i) => {
    texts.push([c.requirementLabel, `compliance[${i}].requirementLabel`], [c.capabilityName, `compliance[${i}].capabilityName`]);
    c.covering.forEach((cov, j) => {
      texts.push([cov.firmName, `compliance[${i}].covering[${j}].firmName`]);
      cov.certificates.forEach((label, k) => texts.push([label, `compliance[${i}].covering[${j}].certificates[${k}]`]));
    });
  });
  data.firms.forEach((f, i) => {
    const at = `firms[${i}] (${f.name})`;
    texts.push([f.name, `${at}.name`], [f.municipality, `${at}.municipality`], [f.employeeBand, `${at}.employeeBand`]);
    texts.push([f.description, `${at}.description`], [f.website, `${at}.website`]);
    f.capabilities.forEach((c, j) =>
      texts.push(
        [c.name, `${at}.capabilities[${j}].name`],
        [c.keyEquipment, `${at}.capabilities[${j}].keyEquipment`],
        [c.level, `${at}.capabilities[${j}].level`],
      ),
    );
    f.certificates.forEach((c, j) =>
      texts.push([c.typeLabel, `${at}.certificates[${j}].typeLabel`], [c.scope, `${at}.certificates[${j}].scope`]),
    );
  });
  for (const [text, field] of texts) assertNoCommercialFigures(text, field);
}

interface TenderPlan {
  readonly totalPages: number;
  readonly starts: Readonly<Record<Anchor, number>>;
}

/**
 * The brochure sent with a bid: cover (tender, buyer, contents), proposed consortium and roles,
 * compliance summary, profiles of the involved firms, and the network with its one contact.
 * Small by nature (arrays), so the pagination pass simply runs the whole layout without drawing.
 */
class TenderBrochure {
  private readonly t: BrochureTexts;
  private readonly collator: Intl.Collator;
  private readonly firmsById: Map<string, FirmProfile>;
  private readonly illustrative: boolean;

  constructor(private readonly data: TenderBrochureData) {
    this.t = brochureTexts(data.language);
    this.collator = new Intl.Collator(this.t.locale, { sensitivity: 'base', numeric: true });
    parseIsoDate(data.date, 'date');
    if (data.tender.deadline) parseIsoDate(data.tender.deadline, 'tender.deadline');
    data.firms.forEach((f, i) => assertFirm(f, i));
    assertPrintable(data);
    this.firmsById = new Map(data.firms.map((f) => [f.id, f]));
    this.illustrative = data.firms.some((f) => f.illustrative);
  }

  layout(c: Composer, plan: TenderPlan | null): void {
    const { t, data } = this;
    const contents: ContentsEntry[] = [
      { title: t.proposedConsortium, anchor: ANCHOR.consortium, page: plan?.starts.consortium ?? null },
      { title: t.complianceSummary, anchor: ANCHOR.compliance, page: plan?.starts.compliance ?? null },
      { title: t.firmProfiles, anchor: ANCHOR.profiles, page: plan?.starts.profiles ?? null },
      { title: t.aboutNetwork(data.network.name), anchor: ANCHOR.about, page: plan?.starts.about ?? null },
    ];
    placeTenderCover(c, t, data.network, data.tender, data.date, contents, { illustrative: this.illustrative });

    c.startSection(ANCHOR.consortium, t.proposedConsortium, t.proposedConsortium);
    c.place(sectionTitleRow(t.proposedConsortium));
    const coordinator = `${data.network.coordinator.name} (${data.network.coordinator.role})`;
    placeConsortium(c, t, data.consortium, this.firmsById, t.consortiumIntro(data.network.name, coordinator));
    placeCompliance(c, t, data.compliance, ANCHOR.compliance);

    c.startSection(ANCHOR.profiles, t.firmProfiles, t.firmProfiles);
    c.place(sectionTitleRow(t.firmProfiles));
    for (const firm of data.firms) placeFirmProfile(c, t, firm, data.date, this.collator);

    placeIntroduction(c, t, data.network, this.memberCount(), ANCHOR.about, t.aboutNetwork(data.network.name));
  }

  plan(c: Composer): TenderPlan {
    const starts = {} as Record<Anchor, number>;
    for (const key of Object.keys(ANCHOR) as Anchor[]) {
      const page = c.anchors.get(ANCHOR[key]);
      if (page === undefined) throw new Error(`Layout error: section ${key} was not placed`);
      starts[key] = page;
    }
    return { totalPages: c.page, starts };
  }

  /** The introduction speaks of "one coordinator instead of N firms": here, the consortium's N. */
  private memberCount(): number {
    return Math.max(this.data.consortium.length, this.data.firms.length);
  }
}

/**
 * Renders the brochure for one tender and streams it to `out` (then ends `out`). The types carry
 * no prices, hours or royalties, and free texts that look like them are refused up front
 * (BrochureContentError), before a single byte is written.
 */
export async function renderTenderBrochure(data: TenderBrochureData, out: NodeJS.WritableStream): Promise<BrochureResult> {
  const t = brochureTexts(data.language);
  const doc = createBrochureDocument({
    title: `${data.tender.title} – ${data.network.name}`,
    author: data.network.name,
    subject: `${t.tenderBrochureKind}: ${data.tender.buyerName}`,
    language: data.language,
    date: data.date,
  });
  const measure = new TextMeasure();
  const brochure = new TenderBrochure(data);
  const paginated = new Composer(measure);
  brochure.layout(paginated, null);
  const plan = brochure.plan(paginated);
  return streamDocument(doc, out, async (_output: PdfOutput) => {
    const frame = pageFrame(t, data.network.name, t.tenderBrochureKind, data.date, plan.totalPages);
    const c = new Composer(measure, new Painter(doc, measure), frame);
    brochure.layout(c, plan);
    const actual = brochure.plan(c);
    if (actual.totalPages !== plan.totalPages || (Object.keys(ANCHOR) as Anchor[]).some((k) => actual.starts[k] !== plan.starts[k])) {
      throw new Error('Layout error: the tender brochure paginated differently when drawn');
    }
    return c.page;
  });
}
