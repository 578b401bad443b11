import { type TextStyle } from '../brochure-style';
import { createBrochureDocument, FONT_NAMES } from './pdf-document';
import { TextMeasure } from './text-measure';

const body: TextStyle = { font: 'regular', size: 9.5, color: '#000' };
const bold: TextStyle = { font: 'bold', size: 12.5, color: '#000' };
const m = new TextMeasure();

const SAMPLES = [
  'AWB Proma AS',
  'Čáhppes Ŋuorra Ŧeaknu AS',
  'AVATAR To Wa Ty',
  'Edvind Hansen & Søn AS — æøå ÆØÅ',
  '5-axis  CNC\tmilling',
  '',
];

describe('TextMeasure', () => {
  it('measures exactly as pdfkit draws (same shaping and kerning), so alignment is exact', () => {
    const doc = createBrochureDocument({ title: 't', author: 'a', subject: 's', language: 'en', date: '2026-11-29' });
    for (const style of [body, bold]) {
      doc.font(FONT_NAMES[style.font]).fontSize(style.size);
      for (const text of SAMPLES) expect(m.width(text, style)).toBeCloseTo(doc.widthOfString(text), 6);
    }
  });

  it('wraps words in order without exceeding the width, keeping forced breaks', () => {
    const text = 'Sand and gravity die casting with induction furnaces and X-ray inspection of every part.\nSecond paragraph.';
    const lines = m.wrap(text, body, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(m.width(line, body)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text.replace('\n', ' '));
    expect(lines[lines.length - 1]).toBe('Second paragraph.');
  });

  it('cuts a word wider than the line', () => {
    const lines = m.wrap('Aluminiumsprofilekstruderingsverktøy', bold, 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Aluminiumsprofilekstruderingsverktøy');
    for (const line of lines) expect(m.width(line, bold)).toBeLessThanOrEqual(60);
  });

  it('fits text by wrapping, then by shrinking, and never cuts it', () => {
    // fits on one line at its own size: unchanged
    expect(m.fit('Motec AS', body, 200)).toEqual({ lines: ['Motec AS'], style: body, height: 12.54 });
    // "+47 61 00 00 00" after a name and role is too wide for one 300 pt line at 9.5 pt: it shrinks
    const contact = 'TotAl-Fly prosjektleder (demo), Prosjektleder, RTIM Raufoss · post@totalfly.example · +47 61 00 00 00';
    const shrunk = m.fit(contact, body, 420, { maxLines: 1, minSize: 7 });
    expect(shrunk.lines).toEqual([contact]);
    expect(shrunk.style.size).toBeLessThan(9.5);
    expect(shrunk.style.size).toBeGreaterThanOrEqual(7);
    expect(m.width(contact, shrunk.style)).toBeLessThanOrEqual(420);
    expect(m.width(contact, { ...shrunk.style, size: shrunk.style.size + 0.25 })).toBeGreaterThan(420); // the largest size that fits
    // at the smallest size it still wraps, every word kept
    const long = 'word '.repeat(200).trim();
    const all = m.fit(long, body, 150, { maxLines: 3, minSize: 7 });
    expect(all.style.size).toBe(7);
    expect(all.lines.length).toBeGreaterThan(3);
    expect(all.lines.join(' ')).toBe(long);
    expect(all.height).toBeCloseTo(all.lines.length * (all.style.leading ?? 0), 6);
    for (const line of all.lines) expect(m.width(line, all.style)).toBeLessThanOrEqual(150);
  });
});
