import type { FirmCertificate, FirmProfile, FirmSource } from './brochure-data';
import { parseIsoDate } from './layout/pdf-document';

/** Iterates an array or a fresh iterable from the factory, one firm at a time. */
export async function* eachFirm(source: FirmSource): AsyncGenerator<FirmProfile> {
  const iterable: AsyncIterable<FirmProfile> | Iterable<FirmProfile> = typeof source === 'function' ? source() : source;
  for await (const firm of iterable) yield firm;
}

/** Rejects a firm the layout cannot print sensibly; runs in the pagination pass, before any output. */
export function assertFirm(firm: FirmProfile, index: number): void {
  const where = `firms[${index}]${typeof firm?.id === 'string' ? ` (id ${firm.id})` : ''}`;
  if (!firm || typeof firm.name !== 'string' || firm.name.trim() === '') throw new RangeError(`${where}: a firm needs a name`);
  if (!Array.isArray(firm.capabilityGroupCodes) || !Array.isArray(firm.capabilities) || !Array.isArray(firm.certificates)) {
    throw new RangeError(`${where}: capabilityGroupCodes, capabilities and certificates must be arrays`);
  }
  firm.certificates.forEach((c: FirmCertificate, i) => parseIsoDate(c.validUntil, `${where}.certificates[${i}].validUntil`));
}

/**
 * A running FNV-1a hash of the firms' ids and names, in order: the render pass compares it with the
 * pagination pass to detect a source that yielded different firms the second time.
 */
export class FirmSequence {
  count = 0;
  private hash = 0x811c9dc5;

  add(firm: FirmProfile): void {
    this.count += 1;
    const key = `${firm.id}\u0000${firm.name}\u0001`;
    for (let i = 0; i < key.length; i++) {
      this.hash ^= key.charCodeAt(i);
      this.hash = Math.imul(this.hash, 0x01000193) >>> 0;
    }
  }

  sameAs(other: FirmSequence): boolean {
    return this.count === other.count && this.hash === other.hash;
  }
}

export class BrochureSourceChangedError extends Error {
  constructor(detail: string) {
    super(`The brochure data changed between pagination and rendering (${detail}); read it from one snapshot and try again`);
    this.name = 'BrochureSourceChangedError';
  }
}
