import type { IsoDate, NetworkInfo, TenderInfo } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, page, type TextStyle, typeScale } from '../brochure-style';
import type { Composer } from '../layout/composer';
import type { Painter } from '../layout/painter';
import type { TextMeasure } from '../layout/text-measure';
import type { ContentsEntry } from './contents';

const kindStyle: TextStyle = { font: 'bold', size: 9, color: colors.accentSoft, tracking: 2.2, leading: 12 };
const nameStyle: TextStyle = { font: 'bold', size: 46, color: colors.white, leading: 54 };
const titleStyle: TextStyle = { font: 'bold', size: 25, color: colors.white, leading: 31 };
const taglineStyle: TextStyle = { font: 'regular', size: 15, color: '#D3DDE8', leading: 21 };
const buyerStyle: TextStyle = { font: 'regular', size: 13, color: '#D3DDE8', leading: 18 };
const dateStyle: TextStyle = { font: 'bold', size: 12, color: colors.ink, leading: 16 };
const valueStyle: TextStyle = { font: 'regular', size: 9.5, color: colors.ink, leading: 13.5 };
const valueBold: TextStyle = { ...valueStyle, font: 'bold' };
const noticeStyle: TextStyle = { font: 'regular', size: 8, color: colors.warn, leading: 11 };
const tocStyle: TextStyle = { font: 'regular', size: 9.5, color: colors.ink, leading: 19 };
const tocPage: TextStyle = { ...tocStyle, font: 'bold', color: colors.accent };

const X = page.marginLeft;
const W = page.width - page.marginLeft - page.marginRight;

/** Horizontal bars at the panel's right edge, reminiscent of extruded profiles; no imagery. */
function motif(p: Painter, top: number): void {
  const lengths = [210, 150, 182, 118, 164, 96];
  lengths.forEach((len, i) => p.rect(page.width - len, top + i * 13, len, 5, i % 2 ? colors.accentMid : '#2D4F76'));
}

function label(p: Painter, text: string, x: number, y: number): void {
  p.text(text.toLocaleUpperCase(), x, y, typeScale.label);
}

export interface CoverFigures {
  readonly illustrative: boolean;
  /** e.g. "36 member firms · 8 capability groups · 44 valid certificates" */
  readonly summary?: string;
}

const summaryStyle: TextStyle = { font: 'regular', size: 9.5, color: colors.muted, leading: 13 };

/** The network brochure's cover: name, tagline, date, markets and the one contact. */
export function placeNetworkCover(c: Composer, t: BrochureTexts, network: NetworkInfo, date: IsoDate, figures: CoverFigures): void {
  c.runningHead = '';
  c.newPage({ bare: true });
  const m = c.measure;
  c.draw((p) => {
    const panelH = 500;
    p.rect(0, 0, page.width, panelH, colors.accent);
    p.rect(0, panelH, page.width, 4, colors.accentMid);
    motif(p, 96);
    p.text(t.networkBrochureKind.toLocaleUpperCase(), X, 70, kindStyle);
    p.rect(X, 90, 40, 2, colors.accentSoft);

    const name = m.fit(network.name, nameStyle, W, { maxLines: 2, minSize: 24 });
    const tagline = m.fit(network.tagline, taglineStyle, W - 60, { maxLines: 4, minSize: 10 });
    const blockH = name.height + 14 + tagline.height;
    const top = Math.max(110, panelH - 56 - blockH);
    p.lines(name.lines, X, top, name.style);
    p.lines(tagline.lines, X, top + name.height + 14, tagline.style);

    p.text(t.formatLongDate(date), X, panelH + 34, dateStyle);
    const summary = figures.summary ? m.fit(figures.summary, summaryStyle, W, { maxLines: 1, minSize: 7 }) : null;
    if (summary) p.lines(summary.lines, X, panelH + 52, summary.style);
    coverColumns(p, m, t, network, panelH + 96 + (summary ? summary.height - leadingOf(summaryStyle) : 0));
    if (figures.illustrative) notice(p, m, t.illustrativeNotice, page.height - 110);
  });
}

function coverColumns(p: Painter, m: TextMeasure, t: BrochureTexts, network: NetworkInfo, y: number): void {
  const colW = (W - 30) / 2;
  label(p, t.markets, X, y);
  let my = y + 16;
  for (const market of network.markets) {
    const lines = m.fit(market, valueStyle, colW - 12, { maxLines: 2, minSize: 7.5 });
    p.rect(X, my + 5, 4, 4, colors.accentMid);
    p.lines(lines.lines, X + 12, my, lines.style);
    my += lines.height + 2;
  }
  const cx = X + colW + 30;
  const who = network.coordinator;
  label(p, t.contact, cx, y);
  let cy = y + 16;
  const line = (text: string, style: TextStyle, options: { link?: string } = {}) => {
    const f = m.fit(text, style, colW, { maxLines: 1, minSize: 7 });
    p.lines(f.lines, cx, cy, f.style, options);
    cy += f.height;
  };
  line(who.name, valueBold);
  line(who.role, { ...valueStyle, color: colors.muted });
  line(who.email, { ...valueStyle, color: colors.accentMid }, { link: `mailto:${who.email}` });
  line(who.phone, valueStyle, { link: `tel:${who.phone.replace(/[^+\d]/g, '')}` });
}

/** The illustrative-data notice; its height. */
function notice(p: Painter | null, m: TextMeasure, text: string, y: number): number {
  const f = m.fit(text, noticeStyle, W - 24, { maxLines: 3, minSize: 6.5 });
  const h = f.height + 14;
  if (p) {
    p.rect(X, y, W, h, colors.warnTint);
    p.rect(X, y, 3, h, colors.warn);
    p.lines(f.lines, X + 14, y + 7, f.style);
  }
  return h;
}

/** The tender brochure's cover: tender, buyer, key facts and the contents with page numbers. */
export function placeTenderCover(
  c: Composer,
  t: BrochureTexts,
  network: NetworkInfo,
  tender: TenderInfo,
  date: IsoDate,
  contents: readonly ContentsEntry[],
  figures: CoverFigures,
): void {
  c.runningHead = '';
  c.newPage({ bare: true });
  const m = c.measure;
  c.draw((p) => {
    const panelH = 400;
    p.rect(0, 0, page.width, panelH, colors.accent);
    p.rect(0, panelH, page.width, 4, colors.accentMid);
    motif(p, 96);
    p.text(`${network.name}  ·  ${t.tenderBrochureKind}`.toLocaleUpperCase(), X, 70, kindStyle);
    p.rect(X, 90, 40, 2, colors.accentSoft);
    const title = m.fit(tender.title, titleStyle, W - 20, { maxLines: 4, minSize: 14 });
    const buyer = m.fit(tender.buyerName, buyerStyle, W - 20, { maxLines: 2, minSize: 9 });
    const blockH = title.height + 12 + buyer.height;
    const top = Math.max(110, panelH - 48 - blockH);
    p.lines(title.lines, X, top, title.style);
    p.lines(buyer.lines, X, top + title.height + 12, buyer.style);

    // key facts: two columns of label / value; a value too wide for its column is set smaller, then wrapped
    const facts: Array<[string, string]> = [[t.buyer, tender.buyerName]];
    if (tender.reference) facts.push([t.reference, tender.reference]);
    if (tender.deadline) facts.push([t.deadline, t.formatLongDate(tender.deadline)]);
    facts.push([t.date, t.formatLongDate(date)]);
    const colW = (W - 30) / 2;
    const fitted = facts.map(([, v]) => m.fit(v, valueBold, colW, { maxLines: 1, minSize: 7.5 }));
    let fy = panelH + 30;
    for (let i = 0; i < facts.length; i += 2) {
      for (let j = i; j < Math.min(i + 2, facts.length); j++) {
        const fx = X + (j % 2) * (colW + 30);
        label(p, facts[j][0], fx, fy);
        p.lines(fitted[j].lines, fx, fy + 14, fitted[j].style);
      }
      fy += Math.max(40, 14 + Math.max(...fitted.slice(i, i + 2).map((f) => f.height)) + 12);
    }

    const tocY = fy + 22;
    label(p, t.contents, X, tocY);
    let ey = tocY + 16;
    for (const entry of contents) {
      const pageText = entry.page === null ? '' : String(entry.page);
      const title = m.fit(entry.title, tocStyle, W - 60, { maxLines: 1, minSize: 7.5 });
      p.lines(title.lines, X, ey, title.style, { goTo: entry.anchor });
      const lastY = ey + title.height - leadingOf(title.style);
      const last = title.lines[title.lines.length - 1];
      p.dottedLine(X + m.width(last, title.style) + 8, X + W - m.width(pageText, tocPage) - 8, lastY + 13, colors.accentSoft);
      p.text(pageText, X, lastY, tocPage, { align: 'right', width: W, goTo: entry.anchor });
      ey += title.height;
    }

    // the contact at the foot of the page: one line when it fits (smaller if need be), else wrapped
    const who = network.coordinator;
    const contact = m.fit(`${who.name}, ${who.role}  ·  ${who.email}  ·  ${who.phone}`, valueStyle, W, { maxLines: 1, minSize: 7.5 });
    const contactY = page.height - 78 - contact.height;
    if (figures.illustrative) notice(p, m, t.illustrativeNotice, contactY - 24 - notice(null, m, t.illustrativeNotice, 0));
    p.line(X, contactY - 10, X + W, contactY - 10, colors.rule, 0.5);
    label(p, t.contact, X, contactY);
    p.lines(contact.lines, X, contactY + 14, contact.style);
  });
}
