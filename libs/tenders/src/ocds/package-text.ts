/**
 * From the bytes of a release package to its releases, a slice at a time. A publisher's file can
 * be tens of megabytes: decoding it, or JSON.parse of the whole text, in one go would hold the
 * event loop for hundreds of milliseconds, so the text is decoded in slices and scanned for the
 * releases array, and each release is parsed on its own. Every byte is still checked: the
 * characters between releases by the scanner, the package's other members and each release by
 * JSON.parse. Pure: no Nest, no database; the caller decides when to let other work in
 * (`pause`), which keeps these functions testable on their own.
 */

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
const SLICE_CHARS = 1 << 19;

export type Pause = () => Promise<void> | void;

export interface DecodedPackage {
  text: string;
  /** The character set the bytes were read in (WHATWG name, e.g. "utf-8", "windows-1252"). */
  encoding: string;
}

/** Line and column (1-based) of a character offset, for messages a person can find in an editor. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
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
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++)
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  const from = Math.max(lineStart, at - 30);
  const excerpt = new TextDecoder('windows-1252')
    .decode(bytes.subarray(from, Math.min(bytes.length, at + 30)))
    .replace(/\s+/g, ' ')
    .trim();
  const hex = bytes[at].toString(16).toUpperCase().padStart(2, '0');
  return (
    `The file is not valid UTF-8: byte 0x${hex} at line ${line}, column ${at - lineStart + 1} (byte offset ${at}) starts no UTF-8 character. ` +
    `Read as ISO-8859-1, the text there is …${excerpt}… Nothing was imported. If the file is in ISO-8859-1 (Latin-1) or Windows-1252, ` +
    'say so: with POST /imports/ocds send "content-type: application/json; charset=iso-8859-1", with the CLI add --encoding iso-8859-1.'
  );
}

/**
 * Decodes a package's bytes: a byte-order mark decides (UTF-8, UTF-16); otherwise the declared
 * charset (e.g. the HTTP content-type's), otherwise UTF-8. UTF-8 is decoded strictly: a file
 * that is not valid UTF-8 is refused with the place of the first bad byte, never read with
 * replacement characters.
 */
export async function decodePackageBytes(bytes: Uint8Array, declared: string | null | undefined, pause: Pause): Promise<DecodedPackage> {
  let label = declared?.trim() || 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [label, start] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, start] = ['utf-16be', 2];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new PackageTextError(
      `The character set "${label}" is not known. Send the package in UTF-8, or name a character set such as iso-8859-1 or windows-1252. Nothing was imported.`,
      'charset',
    );
  }
  const parts: string[] = [];
  try {
    for (let i = start; i < bytes.length; i += SLICE_BYTES) {
      const end = Math.min(bytes.length, i + SLICE_BYTES);
      parts.push(decoder.decode(bytes.subarray(i, end), { stream: end < bytes.length }));
      await pause();
    }
    if (bytes.length <= start) parts.push(decoder.decode());
  } catch {
    if (decoder.encoding === 'utf-8') throw new PackageTextError(invalidUtf8Message(bytes, Math.max(start, firstInvalidUtf8(bytes))));
    throw new PackageTextError(`The file is not valid ${decoder.encoding}. Nothing was imported.`);
  }
  return { text: parts.join(''), encoding: decoder.encoding };
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
  /** Each release's text, or null when there is no "releases" array. */
  releases: ReleaseSpan[] | null;
  /** The package has a "records" member (a record package). */
  records: boolean;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const STRUCTURE = /[{}[\]"]/g;
const VALUE_END = /[,}\]\s]/g;

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.has(s.charCodeAt(i))) i++;
  return i;
}

class ScanError extends PackageTextError {
  constructor(text: string, offset: number, what: string, where?: string) {
    const { line, column } = lineColumn(text, offset);
    super(`The file is not valid JSON: line ${line}, column ${column}${where ? ` (${where})` : ''}: ${what}. Nothing was imported.`);
  }
}

/** Index just past the string that starts at `i` (a '"'). */
function endOfString(s: string, i: number, where?: string): number {
  for (let from = i + 1; ;) {
    const q = s.indexOf('"', from);
    if (q < 0) throw new ScanError(s, i, 'a string is not closed; the file ends inside it (was it cut short?)', where);
    let k = q - 1;
    while (s.charCodeAt(k) === 0x5c) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/**
 * Index just past the value starting at `i`, checking nesting depth. Objects and arrays are
 * walked by their brackets (strings skipped); their content is checked later by JSON.parse.
 */
function* endOfValue(s: string, i: number, depth: number, where: string | undefined): Generator<void, number, void> {
  const c = s.charCodeAt(i);
  if (c === 0x22) return endOfString(s, i, where);
  if (c !== 0x7b && c !== 0x5b) {
    VALUE_END.lastIndex = i;
    const m = VALUE_END.exec(s);
    const end = m ? m.index : s.length;
    if (end === i)
      throw new ScanError(s, i, i >= s.length ? 'the file ends where a value should be (was it cut short?)' : 'a value is missing', where);
    return end;
  }
  let level = 0;
  let sinceYield = i;
  STRUCTURE.lastIndex = i;
  for (;;) {
    const m = STRUCTURE.exec(s);
    if (!m) throw new ScanError(s, i, 'the file ends before this value is closed (was it cut short?)', where);
    const ch = m.index;
    const code = s.charCodeAt(ch);
    if (code === 0x22) {
      STRUCTURE.lastIndex = endOfString(s, ch, where);
    } else if (code === 0x7b || code === 0x5b) {
      level++;
      if (depth + level > MAX_JSON_DEPTH)
        throw new PackageTextError(
          `The package is nested more than ${MAX_JSON_DEPTH} levels deep at line ${lineColumn(s, ch).line}${where ? ` (${where})` : ''}; a real OCDS release is about ten. Nothing was imported.`,
        );
    } else if (--level === 0) {
      return ch + 1;
    }
    if (STRUCTURE.lastIndex - sinceYield > SLICE_CHARS) {
      const resume = STRUCTURE.lastIndex;
      yield;
      sinceYield = STRUCTURE.lastIndex = resume;
    }
  }
}

/**
 * Scans a release package's text without parsing it whole: finds each release's text and parses
 * the other members (uri, version, publisher …) on their own. Yields between slices so the caller
 * can let other work in. Throws PackageTextError for text that is not a JSON object, with the line
 * and column of the first mistake.
 */
export function* scanReleasePackage(s: string): Generator<void, ScannedPackage, void> {
  let i = skipWs(s, 0);
  if (i >= s.length) throw new PackageTextError('The file is empty. Nothing was imported.');
  if (s.charCodeAt(i) !== 0x7b)
    throw new PackageTextError(
      'The file is not a JSON object (an OCDS release package is an object with a "releases" array). Nothing was imported.',
    );
  const header: string[] = ['{'];
  let releases: ReleaseSpan[] | null = null;
  let records = false;
  i = skipWs(s, i + 1);
  if (s.charCodeAt(i) === 0x7d) i++;
  else
    for (;;) {
      if (s.charCodeAt(i) !== 0x22)
        throw new ScanError(s, i, i >= s.length ? 'the file ends early (was it cut short?)' : 'a member name in double quotes is expected');
      const keyEnd = endOfString(s, i);
      const keyText = s.slice(i, keyEnd);
      let key: string;
      try {
        key = JSON.parse(keyText) as string;
      } catch (e) {
        throw new ScanError(s, i, `the member name ${keyText.slice(0, 40)} is not valid (${(e as Error).message})`);
      }
      i = skipWs(s, keyEnd);
      if (s.charCodeAt(i) !== 0x3a) throw new ScanError(s, i, `":" is expected after ${keyText.slice(0, 40)}`);
      i = skipWs(s, i + 1);
      if (header.length > 1) header.push(',');
      if (key === 'releases' && s.charCodeAt(i) === 0x5b) {
        releases = [];
        header.push(keyText, ':[]');
        i = skipWs(s, i + 1);
        let sinceYield = i;
        if (s.charCodeAt(i) === 0x5d) i++;
        else
          for (;;) {
            const where = `releases[${releases.length}]`;
            const end = yield* endOfValue(s, i, 2, where);
            releases.push({ index: releases.length, start: i, end });
            if (end - sinceYield > SLICE_CHARS) {
              yield;
              sinceYield = end;
            }
            i = skipWs(s, end);
            const c = s.charCodeAt(i);
            if (c === 0x5d) {
              i++;
              break;
            }
            if (c !== 0x2c)
              throw new ScanError(
                s,
                i,
                i >= s.length ? 'the file ends inside the releases array (was it cut short?)' : '"," or "]" is expected after a release',
                where,
              );
            i = skipWs(s, i + 1);
            if (s.charCodeAt(i) === 0x5d) throw new ScanError(s, i, 'a release is expected after ","', `releases[${releases.length}]`);
          }
      } else {
        const end = yield* endOfValue(s, i, 1, key);
        if (key === 'records') {
          records = true;
          header.push(keyText, ':null');
        } else header.push(keyText, ':', s.slice(i, end));
        i = end;
      }
      i = skipWs(s, i);
      const c = s.charCodeAt(i);
      if (c === 0x7d) {
        i++;
        break;
      }
      if (c !== 0x2c) throw new ScanError(s, i, i >= s.length ? 'the file ends early (was it cut short?)' : '"," or "}" is expected');
      i = skipWs(s, i + 1);
    }
  i = skipWs(s, i);
  if (i < s.length) throw new ScanError(s, i, 'there is more text after the end of the package');
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

/** Parses one release's text; a mistake is reported with the line and column in the whole file. */
export function parseRelease(s: string, span: ReleaseSpan): unknown {
  try {
    return JSON.parse(s.slice(span.start, span.end));
  } catch (e) {
    const pos = /at position (\d+)/.exec((e as Error).message);
    const offset = span.start + (pos ? Number(pos[1]) : 0);
    const { line, column } = lineColumn(s, offset);
    throw new PackageTextError(
      `The file is not valid JSON: ${pos ? `line ${line}, column ${column}` : `the release starting at line ${line}`} (releases[${span.index}]): ${jsonMessage(e)}. Nothing was imported.`,
    );
  }
}
