import { csvField, parseCsv } from './csv';

describe('parseCsv', () => {
  it('parses quoted fields, doubled quotes, CRLF and a BOM', () => {
    const text = '\ufeffname,website\r\n"Edvind Hansen & Søn AS",\r\n"A ""quoted"", name",www.x.no\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'website'],
      ['Edvind Hansen & Søn AS', ''],
      ['A "quoted", name', 'www.x.no'],
    ]);
  });
  it('round-trips through csvField', () => {
    const values = ['plain', 'with,comma', 'with "quote"', 'line\nbreak'];
    expect(parseCsv(values.map((v) => csvField(v)).join(','))).toEqual([values]);
  });
  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('"open')).toThrow(/quoted/);
  });
});
