/**
 * The loan agreement as a one-page PDF in Norwegian or English, for the two firms to sign. Plain
 * TypeScript over the brochures' building blocks (DejaVu fonts, palette, type scale, text
 * measure): no Nest, no database. The same data gives the same bytes.
 */
import {
  type TextStyle,
  brochureTexts,
  colors,
  contentWidth,
  createBrochureDocument,
  leadingOf,
  Painter,
  pageGeometry as page,
  TextMeasure,
  typeScale,
} from '@app/brochures';
import { applyBasisPoints, formatMoney } from '@app/core';

export type AgreementLanguage = 'nb' | 'en';

export interface AgreementParty {
  name: string;
  orgNumber: string | null;
  address: string | null;
  contact: string | null;
  /** "Confirmed in TotAl-Fly 2026-03-02 by kari@firm.no", or null while not confirmed. */
  confirmation: string | null;
}

export interface LoanAgreementDocumentData {
  language: AgreementLanguage;
  /** The date printed as the document's date (and its PDF creation date): 'YYYY-MM-DD'. */
  date: string;
  networkName: string;
  agreement: {
    id: number;
    status: string;
    capabilityCode: string;
    capabilityName: string;
    resource: 'STAFF' | 'MACHINE';
    hours: number;
    periodStart: string;
    periodEnd: string;
    pricePerHourOre: number;
    note: string | null;
  };
  lender: AgreementParty;
  borrower: AgreementParty;
  terms: {
    version: number;
    validFrom: string;
    boardDecision: string;
    pricingBasis: 'TABLE' | 'COST_PLUS';
    markupBp: number;
    nonSolicitationMonths: number;
    nonSolicitationUntil: string;
    serviceFeeBp: number;
    serviceFeePaidBy: 'BORROWER' | 'LENDER';
  };
}

interface Texts {
  kind: string;
  title: (id: number) => string;
  status: Record<string, string>;
  lender: string;
  borrower: string;
  orgNumber: string;
  theLoan: string;
  capability: string;
  resource: string;
  resources: Record<'STAFF' | 'MACHINE', string>;
  hours: string;
  hoursValue: (h: number) => string;
  period: string;
  pricePerHour: string;
  agreedAmount: string;
  serviceFee: string;
  serviceFeeValue: (pct: string, payer: string, amount: string) => string;
  noFee: string;
  payer: Record<'BORROWER' | 'LENDER', string>;
  note: string;
  termsHeading: string;
  termsLine: (version: number, validFrom: string, decision: string) => string;
  pricing: (basis: 'TABLE' | 'COST_PLUS', pct: string) => string;
  clauses: string;
  nonSolicitation: (months: number, until: string, lender: string, borrower: string, resource: 'STAFF' | 'MACHINE') => string;
  hoursClause: string;
  settlementClause: string;
  signatures: string;
  forParty: (role: string) => string;
  placeDate: string;
  signature: string;
  printedName: string;
  notConfirmed: string;
  pageOf: string;
  money: (ore: number) => string;
  percent: (bp: number) => string;
  date: (iso: string) => string;
}

const pct = (bp: number, comma: boolean) => {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${frac ? (comma ? ',' : '.') + frac : ''} %`;
};

const NB: Texts = {
  kind: 'Avtale om utlån av kapasitet',
  title: (id) => `Låneavtale nr. ${id}`,
  status: {
    PROPOSED: 'Forslag – venter på bekreftelse',
    CONFIRMED: 'I kraft',
    COMPLETED: 'Fullført',
    DECLINED: 'Avslått',
    CANCELLED: 'Kansellert',
  },
  lender: 'Utlåner',
  borrower: 'Innlåner',
  orgNumber: 'Org.nr.',
  theLoan: 'Lånet',
  capability: 'Kompetanse',
  resource: 'Ressurs',
  resources: { STAFF: 'Personell', MACHINE: 'Maskinkapasitet' },
  hours: 'Timer',
  hoursValue: (h) => `${h.toLocaleString('nb-NO')} timer`,
  period: 'Periode',
  pricePerHour: 'Pris per time',
  agreedAmount: 'Avtalt beløp (timer × pris)',
  serviceFee: 'Serviceavgift til foreningen',
  serviceFeeValue: (p, payer, amount) => `${p} av beløpet, betales av ${payer} (${amount} ved alle timer)`,
  noFee: 'Ingen',
  payer: { BORROWER: 'innlåner', LENDER: 'utlåner' },
  note: 'Merknad',
  termsHeading: 'Nettverkets felles vilkår',
  termsLine: (v, from, decision) =>
    `Versjon ${v}, gjeldende fra ${from} (${decision}). Vilkårene er kopiert inn i avtalen og endres ikke om styret senere vedtar nye.`,
  pricing: (basis, p) =>
    basis === 'TABLE'
      ? 'Prisen er fast pris per time for kompetansen etter vilkårenes pristabell.'
      : `Prisen er utlåners kostsats per time med et tillegg på ${p}.`,
  clauses: 'Vilkår',
  nonSolicitation: (months, until, lender, borrower, resource) =>
    `Ikke-rekruttering: ${borrower} skal ikke ansette, leie inn eller på annen måte engasjere ${resource === 'STAFF' ? 'personell' : 'operatører'} som ${lender} låner ut etter denne avtalen, verken direkte eller gjennom andre, i låneperioden og i ${months} måneder etter at den er slutt (til og med ${until}).`,
  hoursClause: 'Innlåner rapporterer brukte timer per måned i TotAl-Fly; utlåner bekrefter dem. Bare bekreftede timer faktureres.',
  settlementClause:
    'Beløp skyldes etter foreningens avregning for perioden, i hele øre etter avtalt pris. Beløp er oppgitt uten merverdiavgift.',
  signatures: 'Underskrifter',
  forParty: (role) => `For ${role.toLowerCase()}`,
  placeDate: 'Sted og dato',
  signature: 'Underskrift',
  printedName: 'Navn med blokkbokstaver',
  notConfirmed: 'Ikke bekreftet i TotAl-Fly ennå',
  pageOf: 'Side 1 av 1',
  money: (ore) => formatMoney({ minorUnits: ore, currency: 'NOK' }),
  percent: (bp) => pct(bp, true),
  date: (iso) => brochureTexts('nb').formatLongDate(iso),
};

const EN: Texts = {
  kind: 'Agreement on the loan of capacity',
  title: (id) => `Loan agreement no. ${id}`,
  status: {
    PROPOSED: 'Proposed – awaiting confirmation',
    CONFIRMED: 'In force',
    COMPLETED: 'Completed',
    DECLINED: 'Declined',
    CANCELLED: 'Cancelled',
  },
  lender: 'Lender',
  borrower: 'Borrower',
  orgNumber: 'Org. no.',
  theLoan: 'The loan',
  capability: 'Capability',
  resource: 'Resource',
  resources: { STAFF: 'Staff', MACHINE: 'Machine capacity' },
  hours: 'Hours',
  hoursValue: (h) => `${h.toLocaleString('en-GB')} hours`,
  period: 'Period',
  pricePerHour: 'Price per hour',
  agreedAmount: 'Agreed amount (hours × price)',
  serviceFee: "Association's service fee",
  serviceFeeValue: (p, payer, amount) => `${p} of the amount, paid by the ${payer} (${amount} for all hours)`,
  noFee: 'None',
  payer: { BORROWER: 'borrower', LENDER: 'lender' },
  note: 'Note',
  termsHeading: "The network's common terms",
  termsLine: (v, from, decision) =>
    `Version ${v}, in force from ${from} (${decision}). The terms are copied into this agreement and do not change if the board adopts new ones later.`,
  pricing: (basis, p) =>
    basis === 'TABLE'
      ? "The price is the capability's fixed price per hour in the terms' price table."
      : `The price is the lender's cost rate per hour plus ${p}.`,
  clauses: 'Terms',
  nonSolicitation: (months, until, lender, borrower, resource) =>
    `Non-solicitation: ${borrower} shall not employ, hire or otherwise engage the ${resource === 'STAFF' ? 'staff' : 'operators'} that ${lender} lends under this agreement, directly or through others, during the loan and for ${months} months after it ends (until and including ${until}).`,
  hoursClause: 'The borrower reports the hours used each month in TotAl-Fly; the lender confirms them. Only confirmed hours are invoiced.',
  settlementClause:
    "Amounts fall due by the association's settlement for the period, in whole øre at the agreed price. Amounts exclude VAT.",
  signatures: 'Signatures',
  forParty: (role) => `For the ${role.toLowerCase()}`,
  placeDate: 'Place and date',
  signature: 'Signature',
  printedName: 'Name in block letters',
  notConfirmed: 'Not yet confirmed in TotAl-Fly',
  pageOf: 'Page 1 of 1',
  money: (ore) => formatMoney({ minorUnits: ore, currency: 'NOK' }, 'en').replace(/^(-?)kr\u00a0/, '$1NOK\u00a0'),
  percent: (bp) => pct(bp, false),
  date: (iso) => brochureTexts('en').formatLongDate(iso),
};

const X = page.marginLeft;
const W = contentWidth;
const kindStyle: TextStyle = { font: 'bold', size: 8.5, color: colors.accentSoft, tracking: 2, leading: 12 };
const titleStyle: TextStyle = { font: 'bold', size: 22, color: colors.white, leading: 28 };
const subStyle: TextStyle = { font: 'regular', size: 11, color: '#D3DDE8', leading: 15 };
const body: TextStyle = { ...typeScale.body, size: 9, leading: 12.5 };
const bodyBold: TextStyle = { ...body, font: 'bold' };
const small: TextStyle = { ...typeScale.small, size: 8, leading: 10.5 };
const muted: TextStyle = { ...small, color: colors.muted };

export class AgreementLayoutError extends Error {}

/** Renders the agreement to a Buffer (one page, always; a text too long for it is cut with an ellipsis). */
export async function renderLoanAgreement(data: LoanAgreementDocumentData): Promise<{ pdf: Buffer; pages: number }> {
  const t = data.language === 'nb' ? NB : EN;
  const a = data.agreement;
  const doc = createBrochureDocument({
    title: t.title(a.id),
    author: data.networkName,
    subject: `${data.lender.name} → ${data.borrower.name}`,
    language: data.language,
    date: data.date,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.once('end', resolve);
    doc.once('error', reject);
  });
  const m = new TextMeasure();
  const p = new Painter(doc, m);
  p.addPage();

  // header band, as the brochures' covers
  const bandH = 100;
  p.rect(0, 0, page.width, bandH, colors.accent);
  p.rect(0, bandH, page.width, 3, colors.accentMid);
  p.text(`${data.networkName}  ·  ${t.kind}`.toLocaleUpperCase(), X, 26, kindStyle);
  p.rect(X, 42, 36, 2, colors.accentSoft);
  p.text(m.ellipsize(t.title(a.id), titleStyle, W), X, 48, titleStyle);
  p.text(m.ellipsize(`${t.status[a.status] ?? a.status}  ·  ${t.date(data.date)}`, subStyle, W), X, 76, subStyle);

  let y = bandH + 18;
  const label = (text: string, x: number, yy: number) => p.text(text.toLocaleUpperCase(), x, yy, typeScale.label);
  const colW = (W - 28) / 2;

  // the parties
  const party = (role: string, who: AgreementParty, x: number) => {
    let py = y;
    label(role, x, py);
    py += 14;
    for (const line of m.clamp(who.name, { ...bodyBold, size: 10.5, leading: 14 }, colW, 1)) {
      p.text(line, x, py, { ...bodyBold, size: 10.5, leading: 14 });
      py += 14;
    }
    for (const line of [who.orgNumber ? `${t.orgNumber} ${who.orgNumber}` : null, who.address, who.contact]) {
      if (!line) continue;
      for (const l of m.clamp(line, body, colW, 2)) {
        p.text(l, x, py, body);
        py += leadingOf(body);
      }
    }
    return py;
  };
  y = Math.max(party(t.lender, data.lender, X), party(t.borrower, data.borrower, X + colW + 28)) + 10;

  // the loan, as label / value rows
  const total = a.hours * a.pricePerHourOre;
  const feeTotal = applyBasisPoints(total, data.terms.serviceFeeBp);
  const rows: Array<[string, string]> = [
    [t.capability, `${a.capabilityName} (${a.capabilityCode})`],
    [t.resource, t.resources[a.resource]],
    [t.hours, t.hoursValue(a.hours)],
    [t.period, `${t.date(a.periodStart)} – ${t.date(a.periodEnd)}`],
    [t.pricePerHour, t.money(a.pricePerHourOre)],
    [t.agreedAmount, t.money(total)],
    [
      t.serviceFee,
      data.terms.serviceFeeBp
        ? t.serviceFeeValue(t.percent(data.terms.serviceFeeBp), t.payer[data.terms.serviceFeePaidBy], t.money(feeTotal))
        : t.noFee,
    ],
  ];
  if (a.note) rows.push([t.note, a.note]);
  p.text(t.theLoan, X, y, typeScale.h2);
  y += 20;
  p.line(X, y, X + W, y, colors.rule, 0.5);
  const keyW = 162;
  rows.forEach(([k, v], i) => {
    const lines = m.clamp(v, i === 5 ? bodyBold : body, W - keyW - 12, 2);
    const h = lines.length * leadingOf(body) + 5;
    if (i % 2 === 0) p.rect(X, y, W, h, colors.zebra);
    p.text(k, X + 6, y + 2.5, { ...body, color: colors.muted });
    p.lines(lines, X + keyW, y + 2.5, i === 5 ? bodyBold : body);
    y += h;
  });
  p.line(X, y, X + W, y, colors.rule, 0.5);
  y += 12;

  // the common terms in force, copied
  p.text(t.termsHeading, X, y, typeScale.h2);
  y += 20;
  const para = (text: string, style: TextStyle, maxLines: number, indent = 0) => {
    const lines = m.clamp(text, style, W - indent, maxLines);
    p.lines(lines, X + indent, y, style);
    y += lines.length * leadingOf(style);
  };
  para(
    `${t.termsLine(data.terms.version, t.date(data.terms.validFrom), data.terms.boardDecision)} ${t.pricing(data.terms.pricingBasis, t.percent(data.terms.markupBp))}`,
    body,
    3,
  );
  y += 8;

  // the clauses; non-solicitation set apart as the brochures set notices apart
  p.text(t.clauses, X, y, typeScale.h2);
  y += 20;
  const clause = m.clamp(
    t.nonSolicitation(
      data.terms.nonSolicitationMonths,
      t.date(data.terms.nonSolicitationUntil),
      data.lender.name,
      data.borrower.name,
      a.resource,
    ),
    body,
    W - 24,
    5,
  );
  const clauseH = clause.length * leadingOf(body) + 14;
  p.rect(X, y, W, clauseH, colors.accentTint);
  p.rect(X, y, 3, clauseH, colors.accent);
  p.lines(clause, X + 14, y + 7, body);
  y += clauseH + 6;
  para(`${t.hoursClause} ${t.settlementClause}`, body, 3);
  y += 8;

  // signatures: one block per firm, with the confirmation recorded in the system
  const lineGap = 23;
  const blockH = 20 + 32 + 3 * lineGap + 2 * leadingOf(small);
  const sigTop = Math.max(y, page.footerY - 14 - blockH);
  if (sigTop + blockH > page.footerY - 8) throw new AgreementLayoutError('The agreement does not fit on one page');
  p.text(t.signatures, X, sigTop, typeScale.h2);
  const sign = (role: string, who: AgreementParty, x: number) => {
    let sy = sigTop + 20;
    label(t.forParty(role), x, sy);
    p.text(m.ellipsize(who.name, bodyBold, colW), x, sy + 12, bodyBold);
    sy += 32;
    for (const what of [t.placeDate, t.signature, t.printedName]) {
      p.line(x, sy + 12, x + colW, sy + 12, colors.muted, 0.6);
      p.text(what, x, sy + 14, muted);
      sy += lineGap;
    }
    const note = m.clamp(who.confirmation ?? t.notConfirmed, small, colW, 2);
    p.lines(note, x, sy + 2, { ...small, color: who.confirmation ? colors.ok : colors.warn });
  };
  sign(t.lender, data.lender, X);
  sign(t.borrower, data.borrower, X + colW + 28);

  // footer, as the brochures' body pages
  p.line(X, page.footerY - 5, X + W, page.footerY - 5, colors.rule, 0.5);
  p.text(`${data.networkName}  ·  ${t.title(a.id)}  ·  ${t.date(data.date)}`, X, page.footerY, typeScale.running);
  p.text(t.pageOf, X, page.footerY, { ...typeScale.running, color: colors.muted }, { align: 'right', width: W });

  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pages: 1 };
}
