import type { BrochureResult, CertificateListing, NetworkBrochureData } from './brochure-data';
import { brochureTexts, type BrochureTexts } from './brochure-texts';
import { contentWidth } from './brochure-style';
import { Composer } from './layout/composer';
import { createBrochureDocument, parseIsoDate } from './layout/pdf-document';
import { Painter } from './layout/painter';
import type { PdfOutput } from './layout/pdf-output';
import { streamDocument } from './layout/stream-document';
import { TextMeasure } from './layout/text-measure';
import { assertFirm, BrochureSourceChangedError, eachFirm, FirmSequence } from './firm-source';
import { CapabilityMatrix } from './sections/capability-matrix';
import { placeCertificateTable, validCertificateListings } from './sections/certificate-table';
import { placeContents, type ContentsEntry, type GroupFigure, type KeyFigure } from './sections/contents';
import { placeNetworkCover } from './sections/cover';
import { placeFirmProfile } from './sections/firm-profile';
import { placeIntroduction } from './sections/introduction';
import { pageFrame } from './sections/page-frame';
import { sectionTitleRow } from './sections/rows';

const ANCHOR = {
  introduction: 'introduction',
  matrix: 'capability-matrix',
  certificates: 'certificates',
  profiles: 'firm-profiles',
} as const;

/** What the pagination pass learnt; the render pass prints it and checks it was right. */
export interface NetworkBrochurePlan {
  readonly totalPages: number;
  readonly contentsPages: number;
  readonly sectionStarts: Readonly<Record<keyof typeof ANCHOR, number>>;
  /** Page of each firm's profile, in firm order. */
  readonly profilePages: readonly number[];
  readonly firms: FirmSequence;
  readonly illustrativeFirms: number;
  /** Firms per capability group code. */
  readonly groupFirms: ReadonlyMap<string, number>;
}

const noRelief = async (): Promise<void> => undefined;

/**
 * The network's capability brochure: cover, contents, introduction, capability matrix, valid
 * certificates and one profile per firm. Two passes over the same layout code: the first counts
 * pages (no output), the second draws and streams, printing the page numbers the first found.
 */
class NetworkBrochure {
  private readonly t: BrochureTexts;
  private readonly collator: Intl.Collator;
  private readonly certificates: CertificateListing[];

  constructor(
    private readonly data: NetworkBrochureData,
    private readonly measure: TextMeasure,
  ) {
    this.t = brochureTexts(data.language);
    this.collator = new Intl.Collator(this.t.locale, { sensitivity: 'base', numeric: true });
    parseIsoDate(data.date, 'date');
    data.certificates.forEach((c, i) => parseIsoDate(c.validUntil, `certificates[${i}].validUntil`));
    this.certificates = validCertificateListings(data.certificates, data.date, this.collator);
  }

  async paginate(): Promise<NetworkBrochurePlan> {
    const m = this.measure;
    const firms = new FirmSequence();
    let illustrativeFirms = 0;
    // The matrix and the profiles are paginated in one walk over the firms, each on its own
    // Composer: every section starts on a new page, so its page count does not depend on where it starts.
    const matrixC = new Composer(m);
    const matrix = this.matrix(false);
    matrix.begin(matrixC, ANCHOR.matrix);
    const profilesC = new Composer(m);
    this.beginProfiles(profilesC);
    const relativeProfilePages: number[] = [];
    const groupFirms = new Map<string, number>(this.data.capabilityGroups.map((g) => [g.code, 0]));
    for await (const firm of eachFirm(this.data.firms)) {
      assertFirm(firm, firms.count);
      firms.add(firm);
      if (firm.illustrative) illustrativeFirms += 1;
      for (const code of new Set(firm.capabilityGroupCodes)) {
        const n = groupFirms.get(code);
        if (n !== undefined) groupFirms.set(code, n + 1);
      }
      matrix.addFirm(matrixC, firm, null);
      relativeProfilePages.push(placeFirmProfile(profilesC, this.t, firm, this.data.date, this.collator));
    }
    matrix.end(matrixC);

    const introC = new Composer(m);
    placeIntroduction(introC, this.t, this.data.network, firms.count, ANCHOR.introduction, this.t.introduction);
    const certC = new Composer(m);
    await placeCertificateTable(certC, this.t, ANCHOR.certificates, this.data.date, this.certificates, noRelief);
    const contentsC = new Composer(m);
    placeContents(contentsC, this.t, this.contentsEntries(null), this.keyFigures(firms.count), this.groupFigures(groupFirms), firms.count);

    const introduction = 1 + contentsC.page + 1;
    const matrixStart = introduction + introC.page;
    const certificates = matrixStart + matrixC.page;
    const profiles = certificates + certC.page;
    return {
      totalPages: profiles + profilesC.page - 1,
      contentsPages: contentsC.page,
      sectionStarts: { introduction, matrix: matrixStart, certificates, profiles },
      profilePages: relativeProfilePages.map((p) => profiles + p - 1),
      firms,
      illustrativeFirms,
      groupFirms,
    };
  }

  async render(c: Composer, plan: NetworkBrochurePlan, output: PdfOutput): Promise<void> {
    const { t, data } = this;
    const relieve = () => output.relieve();
    const summary = this.keyFigures(plan.firms.count)
      .slice(0, 3)
      .map((f) => `${f.value} ${f.label}`)
      .join('  ·  ');
    placeNetworkCover(c, t, data.network, data.date, { illustrative: plan.illustrativeFirms > 0, summary });
    placeContents(
      c,
      t,
      this.contentsEntries(plan),
      this.keyFigures(plan.firms.count),
      this.groupFigures(plan.groupFirms),
      plan.firms.count,
    );
    this.expectPage(c, 1 + plan.contentsPages, 'contents');

    placeIntroduction(c, t, data.network, plan.firms.count, ANCHOR.introduction, t.introduction);
    this.expectStart(c, plan, 'introduction');

    const matrix = this.matrix(plan.illustrativeFirms > 0);
    matrix.begin(c, ANCHOR.matrix);
    this.expectStart(c, plan, 'matrix');
    const matrixFirms = new FirmSequence();
    for await (const firm of eachFirm(data.firms)) {
      matrix.addFirm(c, firm, plan.profilePages[matrixFirms.count] ?? null);
      matrixFirms.add(firm);
      await relieve();
    }
    matrix.end(c);
    if (!matrixFirms.sameAs(plan.firms)) throw new BrochureSourceChangedError('the firms in the capability matrix differ');

    await placeCertificateTable(c, t, ANCHOR.certificates, data.date, this.certificates, relieve);
    this.expectStart(c, plan, 'certificates');

    this.beginProfiles(c);
    this.expectStart(c, plan, 'profiles');
    const profileFirms = new FirmSequence();
    for await (const firm of eachFirm(data.firms)) {
      const at = placeFirmProfile(c, t, firm, data.date, this.collator);
      if (at !== plan.profilePages[profileFirms.count]) throw new BrochureSourceChangedError(`the profile of ${firm.name} moved`);
      profileFirms.add(firm);
      await relieve();
    }
    if (!profileFirms.sameAs(plan.firms)) throw new BrochureSourceChangedError('the firms in the profiles differ');
    this.expectPage(c, plan.totalPages, 'total');
  }

  private matrix(showIllustrativeLegend: boolean): CapabilityMatrix {
    return new CapabilityMatrix(this.measure, this.t, this.data.capabilityGroups, contentWidth, showIllustrativeLegend);
  }

  private beginProfiles(c: Composer): void {
    c.startSection(ANCHOR.profiles, this.t.firmProfiles, this.t.firmProfiles);
    c.place(sectionTitleRow(this.t.firmProfiles));
  }

  private contentsEntries(plan: NetworkBrochurePlan | null): ContentsEntry[] {
    const t = this.t;
    const s = plan?.sectionStarts;
    return [
      { title: t.introduction, anchor: ANCHOR.introduction, page: s?.introduction ?? null },
      { title: t.capabilityMatrix, anchor: ANCHOR.matrix, page: s?.matrix ?? null },
      { title: t.validCertificates, anchor: ANCHOR.certificates, page: s?.certificates ?? null },
      { title: t.firmProfiles, anchor: ANCHOR.profiles, page: s?.profiles ?? null },
    ];
  }

  private groupFigures(groupFirms: ReadonlyMap<string, number>): GroupFigure[] {
    return this.data.capabilityGroups.map((g) => ({ name: g.name, firms: groupFirms.get(g.code) ?? 0 }));
  }

  private keyFigures(firmCount: number): KeyFigure[] {
    const t = this.t;
    return [
      { value: String(firmCount), label: t.memberFirms },
      { value: String(this.data.capabilityGroups.length), label: t.capabilityGroupsCount },
      { value: String(this.certificates.length), label: t.validCertificatesCount },
      { value: String(this.data.network.markets.length), label: t.marketsCount },
    ];
  }

  private expectStart(c: Composer, plan: NetworkBrochurePlan, section: keyof typeof ANCHOR): void {
    const at = c.anchors.get(ANCHOR[section]);
    if (at !== plan.sectionStarts[section]) {
      throw new Error(`Layout error: section ${section} starts on page ${at}, the contents say ${plan.sectionStarts[section]}`);
    }
  }

  private expectPage(c: Composer, expected: number, what: string): void {
    if (c.page !== expected) throw new BrochureSourceChangedError(`${what}: page ${c.page}, expected ${expected}`);
  }
}

/** Where things will fall, from the pagination pass alone (nothing is drawn). */
export interface NetworkBrochurePagination {
  readonly pages: number;
  readonly firms: number;
  /** First page of each section (the cover is page 1, the contents page 2). */
  readonly sections: Readonly<Record<keyof typeof ANCHOR, number>>;
}

/** Runs only the pagination pass: page count and section starts, e.g. to report them before streaming. */
export async function paginateNetworkBrochure(data: NetworkBrochureData): Promise<NetworkBrochurePagination> {
  const plan = await new NetworkBrochure(data, new TextMeasure()).paginate();
  return { pages: plan.totalPages, firms: plan.firms.count, sections: plan.sectionStarts };
}

/**
 * Renders the network's capability brochure and streams it to `out` page by page (then ends `out`).
 * Bad input is rejected by the pagination pass, before a single byte is written.
 */
export async function renderNetworkBrochure(data: NetworkBrochureData, out: NodeJS.WritableStream): Promise<BrochureResult> {
  const t = brochureTexts(data.language);
  const doc = createBrochureDocument({
    title: `${data.network.name} – ${t.networkBrochureKind}`,
    author: data.network.name,
    subject: t.networkBrochureKind,
    language: data.language,
    date: data.date,
  });
  const measure = new TextMeasure();
  const brochure = new NetworkBrochure(data, measure);
  const plan = await brochure.paginate();
  return streamDocument(doc, out, async (output) => {
    const frame = pageFrame(t, data.network.name, t.networkBrochureKind, data.date, plan.totalPages);
    const c = new Composer(measure, new Painter(doc, measure), frame);
    await brochure.render(c, plan, output);
    return c.page;
  });
}
