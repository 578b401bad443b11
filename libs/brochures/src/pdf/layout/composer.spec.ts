import { Composer, type Row } from './composer';
import type { Painter } from './painter';
import { TextMeasure } from './text-measure';

interface Drawn {
  readonly id: string;
  readonly page: number;
  readonly y: number;
  readonly height: number;
}

/** A composer whose painter only records where rows were drawn. */
function recording() {
  const drawn: Drawn[] = [];
  let page = 0;
  const painter = { addPage: () => (page += 1), anchor: () => undefined } as unknown as Painter;
  const c = new Composer(new TextMeasure(), painter);
  const row = (id: string, height: number, keepWithNext = false): Row => ({
    height,
    keepWithNext,
    draw: (_p, _x, y) => drawn.push({ id, page, y, height }),
  });
  return { c, drawn, row };
}

describe('Composer', () => {
  it('never lets a row cross the bottom margin', () => {
    const { c, drawn, row } = recording();
    c.newPage();
    for (let i = 0; i < 400; i++) c.place(row(`r${i}`, 7 + ((i * 37) % 61), i % 5 === 0));
    expect(drawn).toHaveLength(400);
    for (const d of drawn) {
      expect(d.y).toBeGreaterThanOrEqual(c.top);
      expect(d.y + d.height).toBeLessThanOrEqual(c.bottom + 0.01);
    }
    expect(c.page).toBe(drawn[drawn.length - 1].page);
  });

  it('keeps a heading with the rows that must follow it', () => {
    const { c, drawn, row } = recording();
    c.newPage();
    c.space(c.bodyHeight - 40);
    c.flow([row('heading', 20, true), row('line1', 14, true), row('line2', 14)]);
    expect(drawn.map((d) => d.page)).toEqual([2, 2, 2]);
    expect(drawn[0].y).toBe(c.top);
  });

  it('moves a block that does not fit to the next page, and splits only one taller than a page', () => {
    const { c, drawn, row } = recording();
    c.newPage();
    c.space(c.bodyHeight - 100);
    const first = c.keepTogether([row('a1', 60), row('a2', 60)]);
    expect(first).toBe(2);
    expect(drawn.filter((d) => d.id.startsWith('a')).map((d) => d.page)).toEqual([2, 2]);

    const tall = Array.from({ length: 60 }, (_, i) => row(`t${i}`, 20));
    const start = c.keepTogether(tall, row('continued', 18));
    expect(start).toBe(2);
    const continued = drawn.filter((d) => d.id === 'continued');
    expect(continued.length).toBeGreaterThanOrEqual(1);
    for (const d of continued) expect(d.y).toBe(c.top);
  });

  it('repeats a table header at the top of every page the table runs onto', () => {
    const { c, drawn, row } = recording();
    c.newPage();
    const header = row('header', 20, true);
    c.flow([header, row('row0', 15)]);
    c.repeatOnNewPage(header);
    for (let i = 1; i < 150; i++) c.place(row(`row${i}`, 15));
    c.repeatOnNewPage(null);
    const pages = new Set(drawn.map((d) => d.page));
    expect(pages.size).toBeGreaterThan(2);
    for (const page of pages) {
      const first = drawn.filter((d) => d.page === page)[0];
      expect(first.id).toBe('header');
      expect(first.y).toBe(c.top);
    }
  });

  it('paginates identically without a painter', () => {
    const layout = (c: Composer) => {
      c.newPage();
      for (let i = 0; i < 300; i++) c.place({ height: 5 + (i % 23), keepWithNext: i % 7 === 0 });
      return c.page;
    };
    const { c } = recording();
    expect(layout(new Composer(new TextMeasure()))).toBe(layout(c));
  });

  it('refuses a row that could never fit on a page', () => {
    const { c, row } = recording();
    c.newPage();
    expect(() => c.place(row('huge', c.bodyHeight + 1))).toThrow(/cannot fit/);
  });
});
