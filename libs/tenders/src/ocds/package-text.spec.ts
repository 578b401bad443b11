import {
  MAX_JSON_DEPTH,
  PackageTextError,
  firstInvalidUtf8,
  packageBytes,
  parseRelease,
  releasesWithReplacementChar,
  scanReleasePackage,
  type ScannedPackage,
} from './package-text';

const noPause = () => undefined;
const scan = (text: string): { result: ScannedPackage; pauses: number } => {
  const gen = scanReleasePackage(Buffer.from(text, 'utf8'));
  let pauses = 0;
  for (;;) {
    const step = gen.next();
    if (step.done) return { result: step.value, pauses };
    pauses++;
  }
};
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PackageTextError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('reading a package’s bytes', () => {
  const json = '{"releases":[{"tender":{"title":"MANTENIMIENTO A MÁQUINA"}}]}';

  const utf8 = (r: { bytes: Buffer; encoding: string }) => ({ text: r.bytes.toString('utf8'), encoding: r.encoding });

  it('strips a UTF-8 byte-order mark and reads UTF-8 strictly', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]);
    expect(utf8(await packageBytes(bom, null, noPause))).toEqual({ text: json, encoding: 'utf-8' });
    expect(utf8(await packageBytes('\uFEFF' + json, null, noPause))).toEqual({ text: json, encoding: 'utf-8' });
  });

  it('refuses Latin-1 bytes read as UTF-8 with the line, column and the text around them', async () => {
    const latin1 = Buffer.from(`{\n  "releases": [\n    ${json}]}`, 'latin1');
    await expect(packageBytes(latin1, undefined, noPause)).rejects.toThrow(
      /^The file is not valid UTF-8: byte 0xC1 at line 3, column 55 \(byte offset 72\) starts no UTF-8 character\. Read as ISO-8859-1, the text there is …/,
    );
  });

  it('reads the declared charset, and a UTF-16 byte-order mark, as UTF-8', async () => {
    expect(utf8(await packageBytes(Buffer.from(json, 'latin1'), 'ISO-8859-1', noPause))).toEqual({ text: json, encoding: 'windows-1252' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
    expect(utf8(await packageBytes(utf16, null, noPause))).toEqual({ text: json, encoding: 'utf-16le' });
  });

  it('names an unknown charset', async () => {
    await expect(packageBytes(Buffer.from(json), 'klingon-1', noPause)).rejects.toMatchObject({ field: 'charset' });
  });

  it('converts a large file in another charset a slice at a time', async () => {
    let pauses = 0;
    const text = `{"releases":[],"x":"${'æ'.repeat(3_000_000)}"}`;
    const { bytes } = await packageBytes(Buffer.from(text, 'latin1'), 'iso-8859-1', () => void pauses++);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('finds the first byte that starts no UTF-8 character', () => {
    expect(firstInvalidUtf8(Buffer.from('abc æøå 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0); // cut short
  });
});

describe('scanning a release package', () => {
  it('finds each release and parses the other members on their own', () => {
    const text = `{ "uri": "x", "releases": [ {"ocid":"a","t":"]},\\"{[ æ"} , {"ocid":"b"} ], "version": "1.1", "publisher": {"name": "P"} }`;
    const { result } = scan(text);
    expect(result.header).toEqual({ uri: 'x', releases: [], version: '1.1', publisher: { name: 'P' } });
    expect(result.records).toBe(false);
    expect(result.releases!.map((s) => parseRelease(Buffer.from(text), s))).toEqual([{ ocid: 'a', t: ']},"{[ æ' }, { ocid: 'b' }]);
  });

  it('recognises record packages and packages without releases', () => {
    expect(scan('{"records":[{"ocid":"a"}]}').result).toMatchObject({ records: true, releases: null });
    expect(scan('{"uri":"x"}').result).toMatchObject({ records: false, releases: null });
    expect(scan('{}').result.releases).toBeNull();
  });

  it('names the line and column of a syntax mistake, in the whole file', () => {
    expect(message(() => scan('{"releases": [{"a":1},]}'))).toBe(
      'The file is not valid JSON: line 1, column 23 (releases[1]): a release is expected after ",". Nothing was imported.',
    );
    expect(message(() => scan('{"releases": [{"a":1}'))).toMatch(/the file ends inside the releases array \(was it cut short\?\)/);
    expect(message(() => scan('{"releases": [{"a":"x'))).toMatch(/a string is not closed; the file ends inside it/);
    expect(message(() => scan('{"releases": []} x'))).toMatch(/line 1, column 18: there is more text after the end of the package/);
    expect(message(() => scan('[{"ocid":"a"}]'))).toMatch(/is not a JSON object/);
    expect(message(() => scan('  '))).toMatch(/The file is empty/);
    const text = '{"releases": [\n  {"ocid": "a"},\n  {"ocid": "b" "id": 1}\n]}';
    const { result } = scan(text);
    expect(message(() => parseRelease(Buffer.from(text), result.releases![1]))).toBe(
      "The file is not valid JSON: line 3, column 16 (releases[1]): Expected ',' or '}' after property value. Nothing was imported.",
    );
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels before anything walks it, in releases and elsewhere`, () => {
    const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
    expect(message(() => scan(`{"releases": [${deep(5000)}]}`))).toBe(
      `The package is nested more than ${MAX_JSON_DEPTH} levels deep at line 1 (releases[0]); a real OCDS release is about ten. Nothing was imported.`,
    );
    expect(message(() => scan(`{"publisher": ${deep(100)}, "releases": []}`))).toMatch(
      /nested more than 64 levels deep at line 1 \(publisher\)/,
    );
    expect(scan(`{"releases": [${deep(MAX_JSON_DEPTH - 2)}]}`).result.releases).toHaveLength(1);
  });

  it('finds the releases that hold a replacement character, in one pass', () => {
    const text = '{"releases":[{"a":"ok"},{"a":"M\uFFFDQUINA"},{"a":"ok"},{"a":"\uFFFD\uFFFD"}]}';
    const { result } = scan(text);
    expect([...releasesWithReplacementChar(Buffer.from(text), result.releases!)]).toEqual([1, 3]);
  });

  it('scans a large package a slice at a time', () => {
    const release = JSON.stringify({ ocid: 'ocds-x', id: '1', date: '2026-01-01T00:00:00Z', tender: { title: 'x'.repeat(1000) } });
    const { result, pauses } = scan(`{"releases":[${Array(3000).fill(release).join(',')}]}`);
    expect(result.releases).toHaveLength(3000);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});
