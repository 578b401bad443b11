import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { SYSTEM_ACTOR } from '@app/core';
import { OcdsImportService } from '@app/tenders';

export const IMPORT_OCDS_USAGE = `  import-ocds <file> [--encoding iso-8859-1] [--time-zone America/Mexico_City]
                           import an OCDS 1.1 release package (JSON, any size) as tenders; --encoding for a file
                           that is not UTF-8, --time-zone for date-times without a UTC offset (default UTC)`;

const USAGE = 'Usage: npm run cli -- import-ocds <file.json> [--encoding <charset>] [--time-zone <IANA zone>]';

/** Reads the file as bytes: the importer decodes them (strict UTF-8, or the named character set). */
export async function importOcdsCommand(ctx: INestApplicationContext, args: string[]): Promise<string> {
  let file: string | undefined;
  const opts: { charset?: string; timeZone?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const m = /^--(encoding|time-zone)(?:=(.*))?$/.exec(args[i]);
    if (m) {
      const value = m[2] ?? args[++i];
      if (!value || value.startsWith('--')) throw new Error(`--${m[1]} needs a value.\n${USAGE}`);
      if (m[1] === 'encoding') opts.charset = value;
      else opts.timeZone = value;
    } else if (args[i].startsWith('--') || file) throw new Error(`Unexpected argument "${args[i]}".\n${USAGE}`);
    else file = args[i];
  }
  if (!file) throw new Error(USAGE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new Error(`Cannot read ${file}: ${(e as Error).message}`);
  }
  const report = await ctx.get(OcdsImportService).importPackage(SYSTEM_ACTOR, bytes, opts);
  return JSON.stringify(report, null, 2);
}
