import type { NetworkInfo } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, leadingOf, type TextStyle, typeScale } from '../brochure-style';
import type { Composer, Row } from '../layout/composer';
import type { TextMeasure } from '../layout/text-measure';
import { paragraphRows, sectionTitleRow, subheadingRow } from './rows';

const leadStyle: TextStyle = { font: 'regular', size: 12.5, color: colors.accentMid, leading: 17 };
const stepTitle: TextStyle = { font: 'bold', size: 9, color: colors.accent, leading: 12 };
const stepText: TextStyle = { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 };
const stepNumber: TextStyle = { font: 'bold', size: 9, color: colors.white, leading: 18 };
const contactName: TextStyle = { font: 'bold', size: 10.5, color: colors.ink, leading: 14 };
const contactLine: TextStyle = { font: 'regular', size: 9, color: colors.ink, leading: 13 };
const contactMuted: TextStyle = { ...contactLine, color: colors.muted };
const contactLink: TextStyle = { ...contactLine, color: colors.accentMid };

/** Who the network is, its markets, how a buyer works with one coordinator, and whom to call. */
export function placeIntroduction(
  c: Composer,
  t: BrochureTexts,
  network: NetworkInfo,
  firmCount: number,
  anchor: string,
  title: string,
): void {
  const m = c.measure;
  const w = c.width;
  c.startSection(anchor, title, title);
  c.place(sectionTitleRow(title));
  c.flow(paragraphRows(m, network.tagline, leadStyle, w, { gapAfter: 10 }));
  for (const paragraph of network.introduction) {
    c.flow(paragraphRows(m, paragraph, typeScale.body, w, { gapAfter: 7 }));
  }

  if (network.markets.length > 0) {
    const rows: Row[] = [subheadingRow(t.markets)];
    for (const market of network.markets) {
      const lines = paragraphRows(m, market, typeScale.body, w, { indent: 16 });
      rows.push(...lines.map((row, i) => (i === 0 ? withBullet(row) : row)));
    }
    c.flow(rows);
  }

  c.flow([
    subheadingRow(t.oneContact),
    ...paragraphRows(m, t.oneContactText(firmCount, network.name), typeScale.body, w, { gapAfter: 12 }),
  ]);
  c.place(stepsRow(m, t, w));

  c.flow([subheadingRow(t.contact, 14), contactCard(m, network, w)]);
}

function withBullet(row: Row): Row {
  return {
    ...row,
    draw: (p, x, y, atPageTop) => {
      p.rect(x + 3, y + 5, 4, 4, colors.accentMid);
      row.draw?.(p, x, y, atPageTop);
    },
  };
}

function stepsRow(m: TextMeasure, t: BrochureTexts, width: number): Row {
  const gap = 12;
  const boxW = (width - gap * 2) / 3;
  const texts = t.stepTexts.map((s) => m.fit(s, stepText, boxW - 24, { maxLines: 3, minSize: 7 }));
  const titles = t.steps.map((s) => m.fit(s, stepTitle, boxW - 46, { maxLines: 1, minSize: 7.5 }));
  const titleH = Math.max(...titles.map((x) => x.height));
  const height = 30 + Math.max(0, titleH - leadingOf(stepTitle)) + Math.max(3 * leadingOf(stepText), ...texts.map((x) => x.height)) + 12;
  return {
    height: height + 6,
    draw: (p, x, y) => {
      for (let i = 0; i < 3; i++) {
        const bx = x + i * (boxW + gap);
        p.rect(bx, y, boxW, height, colors.accentTint);
        p.circle(bx + 21, y + 19, 9, colors.accent);
        p.text(String(i + 1), bx + 12, y + 10, stepNumber, { align: 'center', width: 18 });
        p.lines(titles[i].lines, bx + 36, y + 13, titles[i].style);
        p.lines(texts[i].lines, bx + 12, y + 34 + Math.max(0, titleH - leadingOf(stepTitle)), texts[i].style);
        if (i < 2) {
          // a small arrow head between the boxes
          const ax = bx + boxW + gap / 2;
          p.line(ax - 3, y + height / 2 - 4, ax + 1, y + height / 2, colors.accentMid, 1.2);
          p.line(ax + 1, y + height / 2, ax - 3, y + height / 2 + 4, colors.accentMid, 1.2);
        }
      }
    },
  };
}

/** The coordinator's card: name, role, address, e-mail (a mailto link) and phone. */
export function contactCard(m: TextMeasure, network: NetworkInfo, width: number): Row {
  const who = network.coordinator;
  const inner = Math.min(width, 320) - 30;
  const one = (text: string, style: TextStyle) => m.fit(text, style, inner, { maxLines: 1, minSize: 7 });
  const name = one(who.name, contactName);
  const role = m.fit(`${who.role} · ${network.name}`, contactMuted, inner, { maxLines: 2, minSize: 7 });
  const address = who.address.split(/\r?\n/).flatMap((line) => m.wrap(line, contactLine, inner));
  const email = one(who.email, contactLink);
  const phone = one(who.phone, contactLine);
  const height = 16 + name.height + role.height + address.length * leadingOf(contactLine) + email.height + phone.height + 12;
  const boxW = Math.min(width, 320);
  return {
    height: height + 4,
    draw: (p, x, y) => {
      p.rect(x, y, boxW, height, colors.accentTint);
      p.rect(x, y, 3, height, colors.accent);
      let ly = y + 12;
      p.lines(name.lines, x + 16, ly, name.style);
      ly += name.height;
      p.lines(role.lines, x + 16, ly, role.style);
      ly += role.height;
      p.lines(address, x + 16, ly, contactLine);
      ly += address.length * leadingOf(contactLine);
      p.lines(email.lines, x + 16, ly, email.style, { link: `mailto:${who.email}` });
      ly += email.height;
      p.lines(phone.lines, x + 16, ly, phone.style, { link: `tel:${who.phone.replace(/[^+\d]/g, '')}` });
    },
  };
}
