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

  it('ellipsizes to fit, and leaves text that fits alone', () => {
    expect(m.ellipsize('Motec AS', body, 200)).toBe('Motec AS');
    const cut = m.ellipsize('Raufoss Technology & Industrial Management AS', body, 100);
    expect(cut.endsWith('…')).toBe(true);
    expect('Raufoss Technology & Industrial Management AS'.startsWith(cut.slice(0, -1))).toBe(true);
    expect(m.width(cut, body)).toBeLessThanOrEqual(100);
  });

  it('clamps to a number of lines, marking the cut', () => {
    const long = 'word '.repeat(200).trim();
    const lines = m.clamp(long, body, 150, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(m.clamp('short', body, 150, 3)).toEqual(['short']);
  });
});
