/**
 * The audit report as a PDF, in Norwegian or English, in the brochures' fonts, page frame and
 * style (their building blocks, through the brochures' public index). Plain TypeScript: the
 * service loads the data and calls `renderAuditReport`; nothing here reads a database. Text is
 * wrapped, never cut: a long finding continues on the next page.
 */
import {
  type BrochureLanguage,
  type BrochureResult,
  Composer,
  type IsoDate,
  Painter,
  type Row,
  type TextStyle,
  TextMeasure,
  bannerRow,
  brochureTexts,
  colors,
  createBrochureDocument,
  leadingOf,
  pageFrame,
  paragraphRows,
  parseIsoDate,
  streamDocument,
  subheadingRow,
  typeScale,
} from '@app/brochures';
import { type AuditReportTexts, auditReportTexts } from './audit-report-texts';

export type FindingSeverityCode = 'MAJOR' | 'MINOR' | 'OBSERVATION';

export interface AuditReportFinding {
  number: number;
  standard: string;
  clause: string;
  severity: FindingSeverityCode;
  description: string;
  correctiveAction: string | null;
  dueOn: IsoDate | null;
  closedOn: IsoDate | null;
  evidence: string | null;
}

export interface AuditReportData {
  language: BrochureLanguage;
  /** The day the report is stated for: its issue date, or today for a draft. Same data + date = same bytes. */
  date: IsoDate;
  networkName: string;
  audit: {
    id: number;
    reported: boolean;
    supplierName: string;
    /** Standard labels with their clauses (empty: the whole standard). */
    scope: { standard: string; clauses: string[] }[];
    plannedOn: IsoDate;
    doneOn: IsoDate | null;
    reportedOn: IsoDate | null;
    registeredOn: IsoDate | null;
    leadAuditor: string;
    leadFirm: string;
    onBehalfOf: { name: string; status: 'ACCEPTED' | 'INVITED' | 'DECLINED' }[];
    summary: string | null;
  };
  findings: AuditReportFinding[];
}

const factLabel: TextStyle = { ...typeScale.label };
const factValue: TextStyle = { font: 'regular', size: 9.5, color: colors.ink, leading: 13.5 };
const cell: TextStyle = { font: 'regular', size: 9, color: colors.ink, leading: 12.5 };
const cellMuted: TextStyle = { ...cell, color: colors.muted };
const headStyle: TextStyle = { font: 'bold', size: 9.5, color: colors.ink, leading: 13 };
const SEVERITY_COLOR: Record<FindingSeverityCode, string> = { MAJOR: colors.danger, MINOR: colors.warn, OBSERVATION: colors.accentMid };

class AuditReport {
  private readonly t: AuditReportTexts;
  private readonly date: (iso: IsoDate) => string;

  constructor(private readonly data: AuditReportData) {
    this.t = auditReportTexts(data.language);
    const b = brochureTexts(data.language);
    this.date = (iso) => b.formatLongDate(iso);
    parseIsoDate(data.date, 'date');
    for (const d of [data.audit.plannedOn, data.audit.doneOn, data.audit.reportedOn, data.audit.registeredOn])
      if (d) parseIsoDate(d, 'audit date');
    data.findings.forEach((f, i) => {
      if (f.dueOn) parseIsoDate(f.dueOn, `findings[${i}].dueOn`);
      if (f.closedOn) parseIsoDate(f.closedOn, `findings[${i}].closedOn`);
    });
  }

  layout(c: Composer): void {
    const { t, data } = this;
    const a = data.audit;
    const m = c.measure;
    c.startSection('report', t.kind, t.kind);
    c.flow(titleRows(m, t.title(a.supplierName), c.width));
    c.place(
      bannerRow(m, a.reported && a.reportedOn ? t.issued(this.date(a.reportedOn)) : t.draft, c.width, a.reported ? 'accent' : 'warn'),
    );
    c.flow(paragraphRows(m, t.confidential, { ...typeScale.caption, color: colors.warn }, c.width, { gapAfter: 8 }));

    const standards = a.scope.map((s) => s.standard).join(', ');
    const members = a.onBehalfOf
      .map((p) => (p.status === 'ACCEPTED' ? p.name : `${p.name} (${p.status === 'INVITED' ? t.invited : t.declined})`))
      .join(', ');
    const facts: [string, string][] = [
      [t.supplier, a.supplierName],
      [t.standards, standards],
      a.doneOn ? [t.auditDate, this.date(a.doneOn)] : [t.plannedDate, this.date(a.plannedOn)],
      [t.leadAuditor, `${a.leadAuditor}, ${a.leadFirm}`],
      [t.onBehalfOf, members],
      [t.reportDate, a.reportedOn ? this.date(a.reportedOn) : t.notReported],
    ];
    for (const [label, value] of facts) c.flow(factRows(m, label, value, c.width));

    c.flow([subheadingRow(t.scope, 14)]);
    for (const s of a.scope)
      c.flow(
        paragraphRows(
          m,
          `${s.standard}: ${s.clauses.length ? t.clauses(s.clauses.join(', ')) : t.wholeStandard}`,
          typeScale.body,
          c.width,
          {
            indent: 10,
          },
        ),
      );

    c.flow([subheadingRow(t.conclusion, 14), ...paragraphRows(m, a.summary ?? t.noConclusion, typeScale.body, c.width)]);

    const count = (s: FindingSeverityCode) => data.findings.filter((f) => f.severity === s).length;
    const open = data.findings.filter((f) => !f.closedOn).length;
    c.flow([
      subheadingRow(t.findings, 14),
      ...paragraphRows(
        m,
        data.findings.length ? t.counts(count('MAJOR'), count('MINOR'), count('OBSERVATION'), open) : t.noFindings,
        typeScale.body,
        c.width,
        {
          gapAfter: 6,
        },
      ),
    ]);
    for (const f of data.findings) c.keepTogether(this.findingRows(m, f, c.width));

    c.flow([subheadingRow(t.register, 14), ...paragraphRows(m, this.registerText(), typeScale.body, c.width)]);
  }

  private registerText(): string {
    const { t, data } = this;
    const a = data.audit;
    if (a.registeredOn && a.doneOn) {
      const relying = a.onBehalfOf.filter((p) => p.status === 'ACCEPTED').map((p) => p.name);
      return t.registered(this.date(a.registeredOn), relying.join(', '), a.scope.map((s) => s.standard).join(', '), this.date(a.doneOn));
    }
    if (a.reported) return t.awaitingMajor;
    return t.notYetReported;
  }

  private findingRows(m: TextMeasure, f: AuditReportFinding, width: number): Row[] {
    const { t } = this;
    const overdue = !f.closedOn && f.dueOn !== null && f.dueOn < this.data.date;
    const status = f.closedOn ? t.closedOn(this.date(f.closedOn)) : overdue ? t.overdue : t.open;
    const head = `${t.finding(f.number)} · ${t.severity[f.severity]} · ${f.standard} ${f.clause}`;
    const headLines = m.wrap(head, headStyle, width - 20);
    const tone = SEVERITY_COLOR[f.severity];
    const headRow: Row = {
      height: headLines.length * leadingOf(headStyle) + 10,
      keepWithNext: true,
      draw: (p, x, y) => {
        p.rect(x, y, width, headLines.length * leadingOf(headStyle) + 6, colors.zebra);
        p.rect(x, y, 3, headLines.length * leadingOf(headStyle) + 6, tone);
        p.lines(headLines, x + 10, y + 3, { ...headStyle, color: tone === colors.accentMid ? colors.accent : tone });
      },
    };
    const field = (label: string, value: string, style: TextStyle = cell): Row[] => fieldRows(m, label, value, width, style);
    return [
      headRow,
      ...field(t.description, f.description),
      ...field(t.correctiveAction, f.correctiveAction ?? t.notGiven, f.correctiveAction ? cell : cellMuted),
      ...(f.dueOn ? field(t.dueOn, this.date(f.dueOn)) : []),
      ...field(
        t.status,
        status,
        overdue ? { ...cell, font: 'bold', color: colors.danger } : f.closedOn ? { ...cell, color: colors.ok } : cell,
      ),
      ...(f.evidence ? field(t.evidence, f.evidence) : []),
      { height: 10 },
    ];
  }
}

/** The report's title, wrapped (a long supplier name is never cut). */
function titleRows(m: TextMeasure, title: string, width: number): Row[] {
  const lines = m.wrap(title, typeScale.h1, width);
  return lines.map((line, i) => ({
    height: i === lines.length - 1 ? 50 : leadingOf(typeScale.h1),
    keepWithNext: true,
    draw: (p, x, y) => {
      p.text(line, x, y, typeScale.h1);
      if (i === lines.length - 1) p.rect(x, y + 32, 36, 3, colors.accent);
    },
  }));
}

const LABEL_W = 120;

/** A label in the left column and its value wrapped in the right one, one row per line. */
function factRows(m: TextMeasure, label: string, value: string, width: number): Row[] {
  const lines = m.wrap(value || '—', factValue, width - LABEL_W);
  return lines.map((line, i) => ({
    height: leadingOf(factValue) + (i === lines.length - 1 ? 4 : 0),
    keepWithNext: i < lines.length - 1,
    draw: (p, x, y) => {
      if (i === 0) p.text(label.toLocaleUpperCase(), x, y + 2, factLabel);
      p.text(line, x + LABEL_W, y, factValue);
    },
  }));
}

function fieldRows(m: TextMeasure, label: string, value: string, width: number, style: TextStyle): Row[] {
  const indent = 10;
  const labelW = 118;
  const lines = m.wrap(value, style, width - indent - labelW);
  return lines.map((line, i) => ({
    height: leadingOf(style) + (i === lines.length - 1 ? 3 : 0),
    keepWithNext: i === 0 && lines.length > 1,
    draw: (p, x, y) => {
      if (i === 0) p.text(label, x + indent, y, { ...cellMuted, font: 'bold' });
      p.text(line, x + indent + labelW, y, style);
    },
  }));
}

/** Renders the report and streams it to `out` (then ends it). */
export async function renderAuditReport(data: AuditReportData, out: NodeJS.WritableStream): Promise<BrochureResult> {
  const t = auditReportTexts(data.language);
  const report = new AuditReport(data);
  const measure = new TextMeasure();
  const paginated = new Composer(measure);
  report.layout(paginated);
  const totalPages = paginated.page;
  const doc = createBrochureDocument({
    title: t.title(data.audit.supplierName),
    author: data.networkName,
    subject: `${t.kind} ${data.audit.id}`,
    language: data.language,
    date: data.date,
    creator: 'TotAl-Fly audits',
  });
  return streamDocument(doc, out, async () => {
    const frame = pageFrame(brochureTexts(data.language), data.networkName, t.kind, data.date, totalPages);
    const c = new Composer(measure, new Painter(doc, measure), frame);
    report.layout(c);
    if (c.page !== totalPages) throw new Error('Layout error: the audit report paginated differently when drawn');
    return c.page;
  });
}
