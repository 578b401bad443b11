import type { IsoDate } from '../brochure-data';
import type { BrochureTexts } from '../brochure-texts';
import { colors, page, typeScale } from '../brochure-style';
import type { PageDecorator } from '../layout/composer';

/** Running head (section, brochure) and footer (network, date, "Page n of N") on body pages. */
export function pageFrame(t: BrochureTexts, networkName: string, kind: string, date: IsoDate, totalPages: number): PageDecorator {
  const footerLeft = `${networkName}  ·  ${kind}  ·  ${t.formatLongDate(date)}`;
  return (c, p) => {
    if (c.isBarePage) return;
    p.text(c.runningHead.toLocaleUpperCase(), c.left, page.headerY, { ...typeScale.running, tracking: 0.6 });
    p.text(
      networkName,
      c.left,
      page.headerY,
      { ...typeScale.running, font: 'bold', color: colors.accent },
      { align: 'right', width: c.width },
    );
    p.line(c.left, page.headerY + 14, c.right, page.headerY + 14, colors.rule, 0.5);
    p.line(c.left, page.footerY - 5, c.right, page.footerY - 5, colors.rule, 0.5);
    p.text(footerLeft, c.left, page.footerY, typeScale.running);
    p.text(
      t.pageOf(c.page, totalPages),
      c.left,
      page.footerY,
      { ...typeScale.running, color: colors.muted },
      { align: 'right', width: c.width },
    );
  };
}
