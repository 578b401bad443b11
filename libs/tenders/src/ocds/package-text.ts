/**
 * From the bytes of a release package to its releases, a slice at a time. A publisher's file can
 * be tens of megabytes: decoding it into one string, or JSON.parse of the whole text, would hold
 * the event loop for hundreds of milliseconds. So the file is brought to UTF-8 bytes (checked, or
 * converted from the declared charset in slices), scanned as bytes for its releases, and each
 * release is decoded and parsed on its own. Every byte is still checked: the bytes between
 * releases by the scanner, the package's other members and each release by JSON.parse. Pure: no
 * Nest, no database; the caller decides when to let other work in (`pause`).
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

/** A problem with the file as a whole; `field` is "$" or, for a declared charset, "charset". */
export class PackageTextError extends Error {
  constructor(
    message: string,
    readonly field = '$',
  ) {
    super(message);
  }
}

/** Deepest nesting accepted anywhere in a package. A real release is about ten levels deep. */
export const MAX_JSON_DEPTH = 64;

const SLICE_BYTES = 1 << 20;
const SCAN_SLICE = 1 << 19;

export type Pause = () => Promise<void> | void;

export interface PackageBytes {
  /** The package as UTF-8, without a byte-order mark. */
  bytes: Buffer;
  /** The character set the file was read in (WHATWG name, e.g. "utf-8", "windows-1252"). */
  encoding: string;
}

/** Line and column (1-based; the column counts bytes) of a byte offset, for messages a person can find in an editor. */
export function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that starts no valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < n && bytes[i] >= lo && bytes[i] <= hi;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) i++;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

function invalidUtf8Message(bytes: Uint8Array, at: number): string {
  const { line, column } = lineColumn(bytes, at);
  const from = Math.max(at - column + 1, at - 30);
  const excerpt = new TextDecoder('windows-1252')
    .decode(bytes.subarray(from, Math.min(bytes.length, at + 30)))
    .replace(/\s+/g, ' ')
    .trim();
  const hex = bytes[at].toString(16).toUpperCase().padStart(2, '0');
  return (
    `The file is not valid UTF-8: byte 0x${hex} at line ${line}, column ${column} (byte offset ${at}) starts no UTF-8 character. ` +
    `Read as ISO-8859-1, the text there is …${excerpt}… Nothing was imported. If the file is in ISO-8859-1 (Latin-1) or Windows-1252, ` +
    'say so: with POST /imports/ocds send "content-type: application/json; charset=iso-8859-1", with the CLI add --encoding iso-8859-1.'
  );
}

const asBuffer = (u: Uint8Array) => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength));

/**
 * The package's bytes as UTF-8: a byte-order mark decides (UTF-8, UTF-16), otherwise the
 * declared charset (e.g. the HTTP content-type's), otherwise UTF-8. UTF-8 is checked strictly: a
 * file that is not valid UTF-8 is refused with the place of the first bad byte, never read with
 * replacement characters. Another charset is converted in slices. Text (a GraphQL argument) is
 * taken as it is, less a byte-order mark.
 */
export async function packageBytes(input: Uint8Array | string, declared: string | null | undefined, pause: Pause): Promise<PackageBytes> {
  if (typeof input === 'string')
    return { bytes: Buffer.from(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, 'utf8'), encoding: 'utf-8' };
  let label = declared?.trim() || 'utf-8';
  let start = 0;
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) [label, start] = ['utf-8', 3];
  else if (input[0] === 0xff && input[1] === 0xfe) [label, start] = ['utf-16le', 2];
  else if (input[0] === 0xfe && input[1] === 0xff) [label, start] = ['utf-16be', 2];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new PackageTextError(
      `The character set "${label}" is not known. Send the package in UTF-8, or name a character set such as iso-8859-1 or windows-1252. Nothing was imported.`,
      'charset',
    );
  }
  const body = asBuffer(input).subarray(start);
  if (decoder.encoding === 'utf-8') {
    if (!isUtf8(body)) throw new PackageTextError(invalidUtf8Message(body, firstInvalidUtf8(body)));
    return { bytes: body, encoding: 'utf-8' };
  }
  const parts: Buffer[] = [];
  try {
    for (let i = 0; i < body.length; i += SLICE_BYTES) {
      const end = Math.min(body.length, i + SLICE_BYTES);
      parts.push(Buffer.from(decoder.decode(body.subarray(i, end), { stream: end < body.length }), 'utf8'));
      await pause();
    }
    parts.push(Buffer.from(decoder.decode(), 'utf8'));
  } catch {
    throw new PackageTextError(`The file is not valid ${decoder.encoding}. Nothing was imported.`);
  }
  return { bytes: Buffer.concat(parts), encoding: decoder.encoding };
}

/** Where a release's text lies in the package. */
export interface ReleaseSpan {
  index: number;
  start: number;
  end: number;
}

export interface ScannedPackage {
  /** The package's members other than its releases, parsed ("releases" reads as []). */
  header: Record<string, unknown>;
  /** Each release's bytes, or null when there is no "releases" array. */
  releases: ReleaseSpan[] | null;
  /** The package has a "records" member (a record package). */
  records: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipWs(b: Buffer, i: number): number {
  while (i < b.length && isWs(b[i])) i++;
  return i;
}

class ScanError extends PackageTextError {
  constructor(b: Buffer, offset: number, what: string, where?: string) {
    const { line, column } = lineColumn(b, offset);
    super(`The file is not valid JSON: line ${line}, column ${column}${where ? ` (${where})` : ''}: ${what}. Nothing was imported.`);
  }
}

/** Index just past the string that starts at `i` (a '"'). UTF-8 never puts '"' or '\' inside a multi-byte letter. */
function endOfString(b: Buffer, i: number, where?: string): number {
  for (let from = i + 1; ;) {
    const q = b.indexOf(QUOTE, from);
    if (q < 0) throw new ScanError(b, i, 'a string is not closed; the file ends inside it (was it cut short?)', where);
    let k = q - 1;
    while (b[k] === BACKSLASH) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/**
 * Index just past the value starting at `i`, checking nesting depth. Objects and arrays are
 * walked by their brackets (strings skipped); their content is checked later by JSON.parse.
 */
function* endOfValue(b: Buffer, i: number, depth: number, where: string | undefined): Generator<void, number, void> {
  const c = b[i];
  if (c === QUOTE) return endOfString(b, i, where);
  if (c !== 0x7b && c !== 0x5b) {
    let end = i;
    while (end < b.length && b[end] !== 0x2c && b[end] !== 0x7d && b[end] !== 0x5d && !isWs(b[end])) end++;
    if (end === i)
      throw new ScanError(b, i, i >= b.length ? 'the file ends where a value should be (was it cut short?)' : 'a value is missing', where);
    return end;
  }
  let level = 0;
  let sinceYield = i;
  for (let j = i; j < b.length; j++) {
    const code = b[j];
    if (code === QUOTE) j = endOfString(b, j, where) - 1;
    else if (code === 0x7b || code === 0x5b) {
      level++;
      if (depth + level > MAX_JSON_DEPTH)
        throw new PackageTextError(
          `The package is nested more than ${MAX_JSON_DEPTH} levels deep at line ${lineColumn(b, j).line}${where ? ` (${where})` : ''}; a real OCDS release is about ten. Nothing was imported.`,
        );
    } else if ((code === 0x7d || code === 0x5d) && --level === 0) return j + 1;
    if (j - sinceYield > SCAN_SLICE) {
      yield;
      sinceYield = j;
    }
  }
  throw new ScanError(b, i, 'the file ends before this value is closed (was it cut short?)', where);
}

const text = (b: Buffer, start: number, end: number) => b.toString('utf8', start, end);

/**
 * Scans a release package (UTF-8 bytes) without parsing it whole: finds each release's bytes and
 * parses the other members (uri, version, publisher …) on their own. Yields between slices so the
 * caller can let other work in. Throws PackageTextError for bytes that are not a JSON object, with
 * the line and column of the first mistake.
 */
export function* scanReleasePackage(b: Buffer): Generator<void, ScannedPackage, void> {
  let i = skipWs(b, 0);
  if (i >= b.length) throw new PackageTextError('The file is empty. Nothing was imported.');
  if (b[i] !== 0x7b)
    throw new PackageTextError(
      'The file is not a JSON object (an OCDS release package is an object with a "releases" array). Nothing was imported.',
    );
  const header: string[] = ['{'];
  let releases: ReleaseSpan[] | null = null;
  let records = false;
  i = skipWs(b, i + 1);
  if (b[i] === 0x7d) i++;
  else
    for (;;) {
      if (b[i] !== QUOTE)
        throw new ScanError(b, i, i >= b.length ? 'the file ends early (was it cut short?)' : 'a member name in double quotes is expected');
      const keyEnd = endOfString(b, i);
      const keyText = text(b, i, keyEnd);
      let key: string;
      try {
        key = JSON.parse(keyText) as string;
      } catch (e) {
        throw new ScanError(b, i, `the member name ${keyText.slice(0, 40)} is not valid (${jsonMessage(e)})`);
      }
      i = skipWs(b, keyEnd);
      if (b[i] !== 0x3a) throw new ScanError(b, i, `":" is expected after ${keyText.slice(0, 40)}`);
      i = skipWs(b, i + 1);
      if (header.length > 1) header.push(',');
      if (key === 'releases' && b[i] === 0x5b) {
        releases = [];
        header.push(keyText, ':[]');
        i = skipWs(b, i + 1);
        let sinceYield = i;
        if (b[i] === 0x5d) i++;
        else
          for (;;) {
            const where = `releases[${releases.length}]`;
            const end = yield* endOfValue(b, i, 2, where);
            releases.push({ index: releases.length, start: i, end });
            if (end - sinceYield > SCAN_SLICE) {
              yield;
              sinceYield = end;
            }
            i = skipWs(b, end);
            if (b[i] === 0x5d) {
              i++;
              break;
            }
            if (b[i] !== 0x2c)
              throw new ScanError(
                b,
                i,
                i >= b.length ? 'the file ends inside the releases array (was it cut short?)' : '"," or "]" is expected after a release',
                where,
              );
            i = skipWs(b, i + 1);
            if (b[i] === 0x5d) throw new ScanError(b, i, 'a release is expected after ","', `releases[${releases.length}]`);
          }
      } else {
        const end = yield* endOfValue(b, i, 1, key);
        if (key === 'records') {
          records = true;
          header.push(keyText, ':null');
        } else header.push(keyText, ':', text(b, i, end));
        i = end;
      }
      i = skipWs(b, i);
      if (b[i] === 0x7d) {
        i++;
        break;
      }
      if (b[i] !== 0x2c) throw new ScanError(b, i, i >= b.length ? 'the file ends early (was it cut short?)' : '"," or "}" is expected');
      i = skipWs(b, i + 1);
    }
  i = skipWs(b, i);
  if (i < b.length) throw new ScanError(b, i, 'there is more text after the end of the package');
  header.push('}');
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(header.join('')) as Record<string, unknown>;
  } catch (e) {
    throw new PackageTextError(`The file is not valid JSON outside its releases (${jsonMessage(e)}). Nothing was imported.`);
  }
  return { header: parsed, releases, records };
}

function jsonMessage(e: unknown): string {
  // V8 quotes the text it could not read ('…, "<the text>" is not valid JSON'): drop the quote
  return (e as Error).message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}

/** Parses one release; a mistake is reported with the line and column in the whole file. */
export function parseRelease(b: Buffer, span: ReleaseSpan): unknown {
  const source = text(b, span.start, span.end);
  try {
    return JSON.parse(source);
  } catch (e) {
    const pos = /at position (\d+)/.exec((e as Error).message);
    // V8 counts characters; the file is counted in bytes
    const offset = span.start + (pos ? Buffer.byteLength(source.slice(0, Number(pos[1])), 'utf8') : 0);
    const { line, column } = lineColumn(b, offset);
    throw new PackageTextError(
      `The file is not valid JSON: ${pos ? `line ${line}, column ${column}` : `the release starting at line ${line}`} (releases[${span.index}]): ${jsonMessage(e)}. Nothing was imported.`,
    );
  }
}

const REPLACEMENT = Buffer.from('\uFFFD', 'utf8');

/** Offsets of the releases holding U+FFFD (a letter lost before the file reached us), in one pass over the bytes. */
export function releasesWithReplacementChar(b: Buffer, spans: ReleaseSpan[]): Set<number> {
  const out = new Set<number>();
  let at = b.indexOf(REPLACEMENT);
  for (const s of spans) {
    if (at < 0) break;
    if (at < s.start) at = b.indexOf(REPLACEMENT, s.start);
    if (at >= s.start && at < s.end) {
      out.add(s.index);
      at = b.indexOf(REPLACEMENT, s.end);
    }
  }
  return out;
}
