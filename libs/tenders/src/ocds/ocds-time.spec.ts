import { canonicalTimeZone, parseOcdsInstant, wallTimeToInstant } from './ocds-time';
import { mapCompiledRelease, mergeReleases, normalizeRelease } from './ocds-package';

const iso = (text: string, zone = 'UTC', endOfDay = false) => {
  const p = parseOcdsInstant(text, zone, { endOfDay });
  return p && { at: new Date(p.ms).toISOString(), naive: p.naive, dateOnly: p.dateOnly };
};

describe('OCDS date-times', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it.each(['UTC', 'Europe/Oslo', 'America/Mexico_City'])(
    'reads a deadline without an offset in the stated zone, never the server’s (server in %s)',
    (serverZone) => {
      process.env.TZ = serverZone;
      const release = {
        ocid: 'ocds-87sd3t-x',
        id: '1',
        date: '2010-03-20T10:00:00',
        tender: { title: 'MANTENIMIENTO', tenderPeriod: { endDate: '2010-04-01T18:00:00' } },
      };
      const deadline = (zone: string) => mapCompiledRelease(mergeReleases([normalizeRelease(release, zone)])).deadline?.toISOString();
      expect(deadline('UTC')).toBe('2010-04-01T18:00:00.000Z');
      expect(deadline('Europe/Oslo')).toBe('2010-04-01T16:00:00.000Z');
      expect(deadline('America/Mexico_City')).toBe('2010-04-02T00:00:00.000Z');
    },
  );

  it('reads offsets as given and says which texts had none', () => {
    expect(iso('2026-05-15T12:00:00+02:00')).toEqual({ at: '2026-05-15T10:00:00.000Z', naive: false, dateOnly: false });
    expect(iso('2026-05-15T12:00:00-0600')).toEqual({ at: '2026-05-15T18:00:00.000Z', naive: false, dateOnly: false });
    expect(iso('2026-05-15T12:00:00.5Z')).toEqual({ at: '2026-05-15T12:00:00.500Z', naive: false, dateOnly: false });
    expect(iso('2026-05-15T12:00', 'Europe/Oslo')).toEqual({ at: '2026-05-15T10:00:00.000Z', naive: true, dateOnly: false });
    expect(iso('2026-05-15', 'Europe/Oslo', true)).toEqual({ at: '2026-05-15T21:59:59.000Z', naive: true, dateOnly: true });
  });

  it('takes the later offset in a spring gap and the earlier instant in an autumn overlap (Oslo)', () => {
    // 02:30 does not exist on 29 March 2026 in Oslo; it is read as 03:30 CEST
    expect(new Date(wallTimeToInstant(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Oslo')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October 2026; the first (CEST) is taken
    expect(new Date(wallTimeToInstant(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Oslo')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a calendar date and time', () => {
    for (const text of [
      '2026-02-30T10:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-05-15T25:00:00Z',
      '15.05.2026',
      'yesterday',
      '0099-01-01T00:00:00Z',
    ])
      expect(parseOcdsInstant(text, 'UTC')).toBeNull();
  });

  it('knows IANA zones and nothing else', () => {
    expect(canonicalTimeZone('america/mexico_city')).toBe('America/Mexico_City');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
