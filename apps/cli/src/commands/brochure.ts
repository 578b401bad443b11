import type { INestApplicationContext } from '@nestjs/common';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isLocalDate, SYSTEM_ACTOR } from '@app/core';
import { type BrochureRequest, BrochureKind, BrochuresService, DigestingSink } from '@app/brochures';

export const BROCHURE_USAGE = `Usage: npm run cli -- brochure --kind network|tender --lang nb|en --out <file.pdf> [--tender <id>] [--bid <id> | --alternative <rank>] [--date YYYY-MM-DD]

  --kind network        the network's capability brochure (every active member)
  --kind tender         the consortium presentation for --tender <id>, from --bid <id> (its offered and
                        accepted work packages) or the solver's --alternative <rank> (default 1)
  --lang nb|en          Norwegian (bokmål) or English
  --out <file.pdf>      where to write the PDF (written to <file>.partial, renamed when complete)
  --date YYYY-MM-DD     the stated date on the cover and the certificate cut-off (default today, Oslo);
                        the same data and date give the same bytes`;

const OPTIONS = ['--kind', '--lang', '--out', '--tender', '--bid', '--alternative', '--date'] as const;
type Option = (typeof OPTIONS)[number];

function usageError(problem: string): Error {
  return new Error(`${problem}\n\n${BROCHURE_USAGE}`);
}

function parseArgs(args: string[]): Partial<Record<Option, string>> {
  const out: Partial<Record<Option, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const [name, inline] = args[i].split(/=(.*)/s, 2) as [string, string | undefined];
    if (!(OPTIONS as readonly string[]).includes(name)) throw usageError(`Unknown argument "${args[i]}".`);
    const value = inline ?? args[i + 1];
    if (inline !== undefined) i -= 1;
    if (value === undefined || value.startsWith('--')) throw usageError(`${name} needs a value.`);
    if (out[name as Option] !== undefined) throw usageError(`${name} is given twice.`);
    out[name as Option] = value;
  }
  return out;
}

function positiveInt(value: string | undefined, option: Option): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw usageError(`${option} must be a positive whole number (got "${value}").`);
  return Number(value);
}

/** Parses the brochure command's arguments into a request and the output path; usage errors name the problem. */
export function parseBrochureArgs(args: string[]): { request: BrochureRequest; out: string } {
  const o = parseArgs(args);
  const kind = o['--kind']?.toLowerCase();
  if (kind !== 'network' && kind !== 'tender') throw usageError('--kind must be network or tender.');
  const lang = o['--lang']?.toLowerCase();
  if (lang !== 'nb' && lang !== 'en') throw usageError('--lang must be nb or en.');
  if (!o['--out']) throw usageError('--out <file.pdf> is required.');
  if (o['--date'] !== undefined && !isLocalDate(o['--date'])) throw usageError(`--date must be a date YYYY-MM-DD (got "${o['--date']}").`);
  const tenderId = positiveInt(o['--tender'], '--tender');
  const bidId = positiveInt(o['--bid'], '--bid');
  const alternativeRank = positiveInt(o['--alternative'], '--alternative');
  if (kind === 'network' && (tenderId ?? bidId ?? alternativeRank) !== undefined) {
    throw usageError('--tender, --bid and --alternative belong to --kind tender.');
  }
  if (kind === 'tender' && tenderId === undefined) throw usageError('--kind tender needs --tender <id>.');
  if (bidId !== undefined && alternativeRank !== undefined) throw usageError('Give --bid or --alternative, not both.');
  return {
    request: {
      kind: kind === 'network' ? BrochureKind.NETWORK : BrochureKind.TENDER,
      language: lang,
      tenderId,
      bidId,
      alternativeRank,
      statedDate: o['--date'],
    },
    out: resolve(o['--out']),
  };
}

/**
 * `brochure`: streams a brochure straight into a file, as the operator (SYSTEM_ACTOR). The PDF is
 * written to <out>.partial and renamed when complete, so <out> is never a truncated PDF; nothing
 * is stored in the database. Returns a one-line summary.
 */
export async function brochureCommand(ctx: INestApplicationContext, args: string[]): Promise<string> {
  const { request, out } = parseBrochureArgs(args);
  if (!existsSync(dirname(out))) throw usageError(`The folder ${dirname(out)} does not exist.`);
  const partial = `${out}.partial`;
  const file: { sink?: DigestingSink } = {};
  try {
    const result = await ctx
      .get(BrochuresService)
      .render(SYSTEM_ACTOR, request, () => (file.sink = new DigestingSink(createWriteStream(partial))));
    renameSync(partial, out);
    const sha256 = file.sink!.sha256();
    const about = result.tenderId
      ? `, tender ${result.tenderId}${result.bidId ? ` bid ${result.bidId}` : ` alternative ${result.alternativeRank}`}`
      : '';
    return `Brochure written to ${out} (${result.kind.toLowerCase()}, ${result.language}${about}, ${result.statedDate}): ${result.pages} pages, ${result.bytes} bytes, sha256 ${sha256}.`;
  } finally {
    rmSync(partial, { force: true });
  }
}
