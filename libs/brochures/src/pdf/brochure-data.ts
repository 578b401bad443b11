/**
 * The plain data a brochure is rendered from. A Nest service loads it from the database and calls
 * the renderers; nothing here knows about Nest, TypeORM or GraphQL.
 *
 * On purpose there are no fields for prices, hours, free capacity or royalties: a brochure goes to
 * buyers, and what is not in the input cannot leak into the PDF.
 */

export type BrochureLanguage = 'nb' | 'en';

/** A calendar date as 'YYYY-MM-DD'. */
export type IsoDate = string;

export interface NetworkContact {
  readonly name: string;
  readonly role: string;
  readonly email: string;
  readonly phone: string;
  /** Postal address; lines may be separated by '\n'. */
  readonly address: string;
}

export interface NetworkInfo {
  /** e.g. 'TotAl-Fly' */
  readonly name: string;
  readonly tagline: string;
  /** Introduction paragraphs, in the brochure's language. */
  readonly introduction: readonly string[];
  /** Markets served, e.g. 'The Norwegian Armed Forces'. */
  readonly markets: readonly string[];
  /** The one person buyers deal with. */
  readonly coordinator: NetworkContact;
}

/** A column of the capability matrix, e.g. { code: 'machining', name: 'Machining' }. */
export interface CapabilityGroup {
  readonly code: string;
  readonly name: string;
}

export interface FirmCapability {
  readonly name: string;
  readonly keyEquipment?: string;
  readonly level?: string;
}

export interface FirmCertificate {
  readonly typeLabel: string;
  readonly validUntil: IsoDate;
  readonly scope?: string;
}

export interface FirmProfile {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
  /** e.g. '11–50' */
  readonly employeeBand: string;
  readonly description: string;
  readonly website?: string;
  /** Codes of the capability groups the firm covers (the matrix marks). */
  readonly capabilityGroupCodes: readonly string[];
  readonly capabilities: readonly FirmCapability[];
  /** Expired ones (validUntil before the brochure date) are dropped by the renderer. */
  readonly certificates: readonly FirmCertificate[];
  /**
   * Demo data whose capabilities and certificates are invented: the brochure labels the profile,
   * its matrix row and its certificate rows as illustrative.
   */
  readonly illustrative: boolean;
}

/** One row of the network brochure's certificate table. */
export interface CertificateListing {
  readonly typeLabel: string;
  readonly firmName: string;
  readonly validUntil: IsoDate;
  /** Set when the certificate belongs to illustrative demo data. */
  readonly illustrative?: boolean;
}

/**
 * The firms of a brochure: an array, or a factory returning a fresh (async) iterable on every call.
 * The factory is called three times per render (once to paginate, twice to render: matrix and
 * profiles) and must yield the same firms in the same order each time, e.g. from one read-only
 * transaction or snapshot. Firms are printed in the order given: sort them (by name) at the source.
 */
export type FirmSource = readonly FirmProfile[] | (() => AsyncIterable<FirmProfile> | Iterable<FirmProfile>);

export interface NetworkBrochureData {
  readonly language: BrochureLanguage;
  /** The stated date: printed on the cover, used as the PDF creation date, and the certificate cut-off. */
  readonly date: IsoDate;
  readonly network: NetworkInfo;
  readonly capabilityGroups: readonly CapabilityGroup[];
  readonly firms: FirmSource;
  /** Valid certificates; any with validUntil before `date` are dropped all the same. */
  readonly certificates: readonly CertificateListing[];
}

export interface TenderInfo {
  readonly title: string;
  readonly buyerName: string;
  readonly reference?: string;
  readonly deadline?: IsoDate;
}

export interface ConsortiumMember {
  readonly firmId: string;
  readonly firmName: string;
  /** e.g. 'Prime / coordinator', 'Machining' */
  readonly role: string;
}

export interface ComplianceCoverage {
  readonly firmName: string;
  /** Labels of the firm's certificates relevant to the requirement. */
  readonly certificates: readonly string[];
}

export interface ComplianceItem {
  readonly requirementLabel: string;
  readonly capabilityName: string;
  readonly covering: readonly ComplianceCoverage[];
  readonly covered: boolean;
  /**
   * A mandatory requirement is always shown (one the consortium does not offer is said so,
   * neutrally); an optional one only when it is covered, as an additional service.
   */
  readonly mandatory: boolean;
}

export interface TenderBrochureData {
  readonly language: BrochureLanguage;
  readonly date: IsoDate;
  readonly network: NetworkInfo;
  readonly tender: TenderInfo;
  readonly consortium: readonly ConsortiumMember[];
  readonly compliance: readonly ComplianceItem[];
  /** Profiles of the involved firms only. */
  readonly firms: readonly FirmProfile[];
}

/** What a render produced. */
export interface BrochureResult {
  readonly pages: number;
  readonly bytes: number;
}
