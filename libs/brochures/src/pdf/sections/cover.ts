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

    const name = m.clamp(network.name, nameStyle, W, 2);
    const tagline = m.clamp(network.tagline, taglineStyle, W - 60, 4);
    const blockH = name.length * leadingOf(nameStyle) + 14 + tagline.length * leadingOf(taglineStyle);
    const top = panelH - 56 - blockH;
    p.lines(name, X, top, nameStyle);
    p.lines(tagline, X, top + name.length * leadingOf(nameStyle) + 14, taglineStyle);

    p.text(t.formatLongDate(date), X, panelH + 34, dateStyle);
    if (figures.summary) p.text(m.ellipsize(figures.summary, summaryStyle, W), X, panelH + 52, summaryStyle);
    coverColumns(p, m, t, network, panelH + 96);
    if (figures.illustrative) notice(p, m, t.illustrativeNotice, page.height - 110);
  });
}

function coverColumns(p: Painter, m: TextMeasure, t: BrochureTexts, network: NetworkInfo, y: number): void {
  const colW = (W - 30) / 2;
  label(p, t.markets, X, y);
  let my = y + 16;
  for (const market of network.markets.slice(0, 6)) {
    const lines = m.clamp(market, valueStyle, colW - 12, 2);
    p.rect(X, my + 5, 4, 4, colors.accentMid);
    p.lines(lines, X + 12, my, valueStyle);
    my += lines.length * leadingOf(valueStyle) + 2;
  }
  const cx = X + colW + 30;
  const who = network.coordinator;
  label(p, t.contact, cx, y);
  p.text(m.ellipsize(who.name, valueBold, colW), cx, y + 16, valueBold);
  p.text(m.ellipsize(who.role, { ...valueStyle, color: colors.muted }, colW), cx, y + 16 + 13.5, { ...valueStyle, color: colors.muted });
  p.text(
    m.ellipsize(who.email, { ...valueStyle, color: colors.accentMid }, colW),
    cx,
    y + 16 + 27,
    { ...valueStyle, color: colors.accentMid },
    {
      link: `mailto:${who.email}`,
    },
  );
  p.text(m.ellipsize(who.phone, valueStyle, colW), cx, y + 16 + 40.5, valueStyle);
}

function notice(p: Painter, m: TextMeasure, text: string, y: number): void {
  const lines = m.clamp(text, noticeStyle, W - 24, 3);
  const h = lines.length * leadingOf(noticeStyle) + 14;
  p.rect(X, y, W, h, colors.warnTint);
  p.rect(X, y, 3, h, colors.warn);
  p.lines(lines, X + 14, y + 7, noticeStyle);
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
    const title = m.clamp(tender.title, titleStyle, W - 20, 4);
    const buyer = m.clamp(tender.buyerName, buyerStyle, W - 20, 2);
    const blockH = title.length * leadingOf(titleStyle) + 12 + buyer.length * leadingOf(buyerStyle);
    const top = panelH - 48 - blockH;
    p.lines(title, X, top, titleStyle);
    p.lines(buyer, X, top + title.length * leadingOf(titleStyle) + 12, buyerStyle);

    // key facts: two columns of label / value
    const facts: Array<[string, string]> = [[t.buyer, tender.buyerName]];
    if (tender.reference) facts.push([t.reference, tender.reference]);
    if (tender.deadline) facts.push([t.deadline, t.formatLongDate(tender.deadline)]);
    facts.push([t.date, t.formatLongDate(date)]);
    const colW = (W - 30) / 2;
    facts.forEach(([k, v], i) => {
      const fx = X + (i % 2) * (colW + 30);
      const fy = panelH + 30 + Math.floor(i / 2) * 40;
      label(p, k, fx, fy);
      p.text(m.ellipsize(v, valueBold, colW), fx, fy + 14, valueBold);
    });

    const tocY = panelH + 30 + Math.ceil(facts.length / 2) * 40 + 22;
    label(p, t.contents, X, tocY);
    contents.forEach((entry, i) => {
      const ey = tocY + 16 + i * 19;
      const text = m.ellipsize(entry.title, tocStyle, W - 60);
      p.text(text, X, ey, tocStyle, { goTo: entry.anchor });
      const pageText = entry.page === null ? '' : String(entry.page);
      p.dottedLine(X + m.width(text, tocStyle) + 8, X + W - m.width(pageText, tocPage) - 8, ey + 13, colors.accentSoft);
      p.text(pageText, X, ey, tocPage, { align: 'right', width: W, goTo: entry.anchor });
    });

    const who = network.coordinator;
    const contactY = page.height - 92;
    if (figures.illustrative) notice(p, m, t.illustrativeNotice, contactY - 58);
    p.line(X, contactY - 10, X + W, contactY - 10, colors.rule, 0.5);
    label(p, t.contact, X, contactY);
    const contact = m.ellipsize(`${who.name}, ${who.role}  ·  ${who.email}  ·  ${who.phone}`, valueStyle, W);
    p.text(contact, X, contactY + 14, valueStyle);
  });
}
