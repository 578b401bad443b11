import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The two embedded faces. Never pdfkit's built-in Helvetica: it garbles Sámi letters (Č Ŋ Ŧ). */
export type FontKey = 'regular' | 'bold';

export interface FontFiles {
  readonly regular: Buffer;
  readonly bold: Buffer;
}

let fontFiles: FontFiles | undefined;

/** DejaVu Sans from the `dejavu-fonts-ttf` package, read once per process. */
export function dejaVuFonts(): FontFiles {
  if (!fontFiles) {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    fontFiles = {
      regular: readFileSync(join(dir, 'DejaVuSans.ttf')),
      bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')),
    };
  }
  return fontFiles;
}

export interface TextStyle {
  readonly font: FontKey;
  readonly size: number;
  readonly color: string;
  /** Extra space between characters, in points. */
  readonly tracking?: number;
  /** Line advance in points; defaults to 1.32 × size. */
  readonly leading?: number;
}

export function leadingOf(style: TextStyle): number {
  return style.leading ?? Math.round(style.size * 1.32 * 100) / 100;
}

/** A restrained palette: dark aluminium blue, steel greys, one warm tone for "illustrative". */
export const colors = {
  accent: '#1F3A5A',
  accentDark: '#172C45',
  accentMid: '#3E6188',
  accentSoft: '#A9BCD1',
  accentTint: '#E9EEF4',
  ink: '#1D252E',
  muted: '#5B6672',
  faint: '#8A949E',
  rule: '#CBD3DB',
  zebra: '#F4F6F8',
  white: '#FFFFFF',
  warn: '#8A5300',
  warnTint: '#FBF0DA',
  danger: '#A32626',
  dangerTint: '#FBEAEA',
  ok: '#2D6A3E',
} as const;

/** A4 in points and the page frame every body page shares. */
export const page = {
  width: 595.28,
  height: 841.89,
  marginLeft: 56,
  marginRight: 56,
  marginTop: 74,
  marginBottom: 70,
  /** Baseline area of the running head and the footer. */
  headerY: 36,
  footerY: 841.89 - 44,
} as const;

/** Width between the side margins. */
export const contentWidth = page.width - page.marginLeft - page.marginRight;

export const typeScale = {
  h1: { font: 'bold', size: 20, color: colors.accent, leading: 26 },
  h2: { font: 'bold', size: 12, color: colors.accent, leading: 17 },
  body: { font: 'regular', size: 9.5, color: colors.ink, leading: 14 },
  small: { font: 'regular', size: 8.5, color: colors.ink, leading: 11.5 },
  smallBold: { font: 'bold', size: 8.5, color: colors.ink, leading: 11.5 },
  caption: { font: 'regular', size: 7.5, color: colors.muted, leading: 10 },
  label: { font: 'bold', size: 7, color: colors.muted, tracking: 0.6, leading: 10 },
  running: { font: 'regular', size: 7.5, color: colors.faint, leading: 10 },
} as const satisfies Record<string, TextStyle>;
