/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityEvaluationInput = {
  activityId: number;
  goalsComment?: string | null | undefined;
  goalsMet: GoalsMet;
  lessons: string;
  /** What the activity cost, NOK øre. */
  spent: string;
};

/** Bid campaign, member service, competence project, marketing, other. */
export type ActivityKind =
  | 'BID_CAMPAIGN'
  | 'COMPETENCE_PROJECT'
  | 'MARKETING'
  | 'MEMBER_SERVICE'
  | 'OTHER';

export type ActivityLinkKind =
  | 'BID'
  | 'ORDER'
  | 'TENDER';

/** An activity plan; on update, what is left out stays as it is, and a list given replaces the old one. */
export type ActivityPlanInput = {
  /** The board area it belongs to (its code). */
  areaCode?: string | null | undefined;
  budget?: Array<BudgetLineInput> | null | undefined;
  /** The steering committee member who answers for it. */
  contactUserId?: number | null | undefined;
  /** The member firms taking part. */
  firmIds?: Array<number> | null | undefined;
  /** What the activity is to achieve. */
  goals?: string | null | undefined;
  kind?: ActivityKind | null | undefined;
  milestones?: Array<MilestoneInput> | null | undefined;
  /** Leads the work; any active user, often outside the board. */
  projectLeaderUserId?: number | null | undefined;
  title?: string | null | undefined;
};

/** DRAFT until a steering decision approves the plan; APPROVED while carried out; CLOSED once evaluated. */
export type ActivityStatus =
  | 'APPROVED'
  | 'CLOSED'
  | 'DRAFT';

export type ActivityStatusReportInput = {
  activityId: number;
  /** The day it speaks for; today (Oslo) when left out. */
  date?: string | null | undefined;
  status: FollowUpStatus;
  text: string;
};

export type AddRequirementInput = {
  capabilityCode: string;
  description?: string | null | undefined;
  /** Estimated hours. */
  hours: number;
  /** All hours must go to one firm. */
  indivisible?: boolean | null | undefined;
  /** The lot it belongs to (lotKey), if any. */
  lotKey?: string | null | undefined;
  mandatory?: boolean | null | undefined;
  quantity?: number | null | undefined;
  /** e.g. [{type: AQAP_2110}, {type: ISO_3834_2}] */
  requiredCertificates?: Array<RequiredCertificateInput> | null | undefined;
  tenderId: number;
  unit?: string | null | undefined;
  windowEnd: string;
  windowStart: string;
};

/** What you see of an audit. REPORT: the supplier, the lead auditor's firm and the relying members (findings, report). PLAN: the association and members asked to rely on it that have not accepted (no findings). SUMMARY: every other member, once it took place (supplier, standards, day). */
export type AuditAccess =
  | 'PLAN'
  | 'REPORT'
  | 'SUMMARY';

/** REGISTER: the buyer's supplier register names the standard. BUYER_CERTIFICATE: the buyer holds it and it obliges it to audit suppliers (its register entry names none, or there is none). ORDER: a requirement of an active order on which the buyer is prime and the supplier delivers asks for it. */
export type AuditNeedSource =
  | 'BUYER_CERTIFICATE'
  | 'ORDER'
  | 'REGISTER';

/** Who did what when; every field is optional and they combine. */
export type AuditRecordFilterInput = {
  /** The action exactly, e.g. "recordInvoice" (what). */
  action?: string | null | undefined;
  /** Part of the actor's e-mail, any case (who). */
  actor?: string | null | undefined;
  /** The entity id exactly (with entityType, one thing's history). */
  entityId?: string | null | undefined;
  /** The entity type exactly, e.g. "Invoice", "User", "SteeringDecision". */
  entityType?: string | null | undefined;
  /** From this day (Europe/Oslo), inclusive (when). */
  from?: string | null | undefined;
  /** To this day (Europe/Oslo), inclusive. */
  to?: string | null | undefined;
};

/** INVITED: asked to rely on the audit. ACCEPTED: relies on it (the register records it). DECLINED: does not. */
export type AuditRelianceStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED';

export type AuditScopeInput = {
  /** Clauses audited, e.g. ["8.4", "8.5.1"]; none: the whole standard. */
  clauses?: Array<string> | null | undefined;
  /** AQAP_2110, AQAP_2310, EN_9100, ISO_9001, ISO_3834_2, ISO_3834_3, NADCAP or ISO_14001 */
  standard: CertificateType;
};

/** PLANNED → DONE (it took place) → REPORTED (the report is issued); or PLANNED → CANCELLED. */
export type AuditStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'PLANNED'
  | 'REPORTED';

export type BidStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'LOST'
  | 'OFFERED'
  | 'READY'
  | 'SUBMITTED'
  | 'WITHDRAWN'
  | 'WON';

export type BidderKind =
  | 'ASSOCIATION'
  | 'MEMBER_PRIME';

/** NETWORK: the network's capability brochure. TENDER: the consortium presentation for one tender. */
export type BrochureKind =
  | 'NETWORK'
  | 'TENDER';

/** NB: Norwegian (bokmål). EN: English. */
export type BrochureLanguage =
  | 'EN'
  | 'NB';

export type BudgetLineInput = {
  /** NOK øre, above 0, e.g. "15000000" for 150 000 kr. */
  amount: string;
  /** GRANT: the grant of the grants register it draws from. */
  grantId?: number | null | undefined;
  note?: string | null | undefined;
  source: FundingSource;
};

export type CertificateType =
  | 'AQAP_2110'
  | 'AQAP_2310'
  | 'EN_9100'
  | 'EXPORT_CONTROL'
  | 'FACILITY_CLEARANCE'
  | 'ISO_3834_2'
  | 'ISO_3834_3'
  | 'ISO_9001'
  | 'ISO_14001'
  | 'NADCAP';

export type ChangeMyPasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type ChangeUserRoleInput = {
  firmId?: number | null | undefined;
  role: Role;
  userId: number;
};

/** Norwegian security levels, lowest first: BEGRENSET, KONFIDENSIELT, HEMMELIG, STRENGT HEMMELIG. */
export type ClearanceLevel =
  | 'CONFIDENTIAL'
  | 'RESTRICTED'
  | 'SECRET'
  | 'TOP_SECRET';

export type CloseAuditFindingInput = {
  /** The evidence for closing; left out: what the supplier sent. null is refused. */
  evidence?: string | null | undefined;
  findingId: number;
};

export type CreateBidFromSuggestionInput = {
  bidderKind?: BidderKind;
  contingencyBp?: number | null | undefined;
  contingencyFixed?: string | null | undefined;
  /** Coordination fee as basis points of the packages' total … */
  coordinationFeeBp?: number | null | undefined;
  /** … or as a fixed amount (minor units). */
  coordinationFeeFixed?: string | null | undefined;
  /** Required when the tender is not in NOK: how many NOK one unit of the tender's currency is, e.g. "11.75" (at most 6 decimals). The solver's costs are the firms' NOK rates; they are converted into package prices at this rate, which is stored on the bid. */
  exchangeRate?: string | null | undefined;
  notes?: string | null | undefined;
  /** The same options as suggestConsortia, so the alternative is the same. */
  options?: SuggestConsortiaOptions | null | undefined;
  /** For MEMBER_PRIME: the member acting as prime. */
  primeMemberId?: number | null | undefined;
  /** Which alternative of suggestConsortia (1 = best). */
  rank?: number;
  /** Response deadline for the pre-filled packages. */
  responseDeadline?: string | null | undefined;
  /** The alternative's assignments as shown to you. When given, the bid is made only if the alternative is still exactly these (else CONFLICT, reason SUGGESTION_CHANGED, and nothing is written), so the bid is the one you saw. */
  seen?: Array<SeenAssignmentInput> | null | undefined;
  tenderId: number;
  title?: string | null | undefined;
};

export type CreateTenderInput = {
  /** The buyer's organisation number or other identifier. */
  buyerIdentifier?: string | null | undefined;
  buyerName: string;
  /** Facility security clearance required, at this level or higher. */
  clearanceLevel?: ClearanceLevel | null | undefined;
  /** Submission deadline (an instant; shown in Europe/Oslo). */
  deadline?: string | null | undefined;
  description?: string | null | undefined;
  /** Estimated value in its own currency; never converted. */
  estimatedValue?: MoneyInput | null | undefined;
  exportControlled?: boolean | null | undefined;
  /** The id in the source, e.g. an OCDS ocid. */
  externalId?: string | null | undefined;
  /** The tender's lots (replaces the list). */
  lots?: Array<LotInput> | null | undefined;
  market: Market;
  notes?: string | null | undefined;
  referenceUrl?: string | null | undefined;
  responsibleUserId?: number | null | undefined;
  /** MANUAL (default), OCDS, DOFFIN, TED … */
  source?: string | null | undefined;
  title: string;
  /** Overrides the stage default, in basis points (6000 = 60 %). */
  winProbabilityBp?: number | null | undefined;
};

export type CreateUserInput = {
  displayName: string;
  email: string;
  /** Required for FIRM_USER: the member firm the user belongs to. */
  firmId?: number | null | undefined;
  /** At least 10 characters. */
  password: string;
  role: Role;
};

/** NB: ";" and decimal comma with a byte-order mark (Norwegian Excel). EN: "," and decimal point. */
export type CsvFormat =
  | 'EN'
  | 'NB';

export type DecisionKind =
  | 'ACTIVITY_APPROVAL'
  | 'BID_APPROVAL'
  | 'TENDER_GO';

export type DecisionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'OPEN';

export type DeclineAuditRelianceInput = {
  auditId: number;
  reason: string;
};

export type DuesBandInput = {
  /** Empty for the open-ended top band. */
  employeesMax?: number | null | undefined;
  employeesMin: number;
  membershipFee: string;
  serviceFee: string;
};

/** Why an operation was refused, beyond its `extensions.code`: errors carry it as `extensions.details.reason`. Clients switch on these values; new ones are added, none is renamed. */
export type ErrorReason =
  /** CONFLICT: already confirmed: your side of the loan agreement, or the month of hours by the lender. */
  | 'ALREADY_CONFIRMED'
  /** CONFLICT: a record with this value already exists (an e-mail, a name, an organisation number, a document number, a code; `details.field` names the field when one does). Use the existing one or another value. */
  | 'ALREADY_EXISTS'
  /** CONFLICT: the member already relies on another planned audit of the supplier for the standard (`details.auditId`). */
  | 'ALREADY_ON_AN_AUDIT'
  /** CONFLICT: the member already takes part in the audit. */
  | 'ALREADY_PARTICIPATING'
  /** CONFLICT: the supplier is already in this buyer’s register (`details.id`); update that entry. */
  | 'ALREADY_REGISTERED'
  /** CONFLICT: the posting is already withdrawn. */
  | 'ALREADY_WITHDRAWN'
  /** CONFLICT: someone else changed the record (or moved it on) after you read it (`details.id`, `details.expectedVersion`); nothing was written. Read it again and redo the change. */
  | 'CHANGED_MEANWHILE'
  /** CONFLICT: amounts in different currencies were to be added or compared (`details.currencies`). */
  | 'CURRENCY_MISMATCH'
  /** CONFLICT: the deadline (of the tender, or of the answer asked of a firm) has passed (`details.deadline` when it is a tender). */
  | 'DEADLINE_PASSED'
  /** CONFLICT: you declared yourself disqualified on this decision; your vote cannot be cast. */
  | 'DISQUALIFIED'
  /** CONFLICT: the finding is closed; it cannot change. */
  | 'FINDING_CLOSED'
  /** CONFLICT: a month of hours still awaits an answer, so the loan agreement cannot be completed yet. */
  | 'HOURS_PENDING'
  /** CONFLICT: hours were confirmed on the loan agreement, so it cannot be cancelled; complete it instead. */
  | 'HOURS_REPORTED'
  /** CONFLICT: the idempotency key was used before for a different request. Send a new key. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** CONFLICT: the firm is not an active member and cannot use the capacity exchange. */
  | 'INACTIVE_MEMBER'
  /** CONFLICT: the last member relying on the audit cannot step out; cancel the audit instead. */
  | 'LAST_RELYING_MEMBER'
  /** FORBIDDEN: a member's own users decide this for it. */
  | 'NOT_A_FIRM_USER'
  /** FORBIDDEN: your firm takes no part in the audit (or would take none in the one proposed). */
  | 'NOT_A_PARTY'
  /** FORBIDDEN: only the supplier, the lead auditor's firm, the proposer or the project leader moves or cancels the audit. */
  | 'NOT_A_PLANNER'
  /** FORBIDDEN: only the project leader, an administrator or a member firm proposes an audit. */
  | 'NOT_A_PROPOSER'
  /** CONFLICT: the supplier has not confirmed the date of the audit. */
  | 'NOT_CONFIRMED_BY_SUPPLIER'
  /** CONFLICT: a tender moves to GO or NO_GO only when a closed TENDER_GO decision on it says so (`details.decisionId` when one was named). */
  | 'NOT_DECIDED'
  /** CONFLICT: the firm may not take the work package by the solver rules (capability, certificates, clearance, export registration, membership; `details.reasons`). */
  | 'NOT_ELIGIBLE'
  /** FORBIDDEN: your firm is not asked to rely on the audit. */
  | 'NOT_INVITED'
  /** CONFLICT: hours are reported only on a loan agreement in force. */
  | 'NOT_IN_FORCE'
  /** FORBIDDEN: only the lead auditor's firm does this. */
  | 'NOT_LEAD_FIRM'
  /** CONFLICT: the loan agreement is not waiting for confirmation (it is in force, declined, cancelled or completed). */
  | 'NOT_PROPOSED'
  /** CONFLICT: the bid cannot be marked ready: mandatory requirements are not covered (`details.missing`). */
  | 'NOT_READY'
  /** CONFLICT: the month of hours is not awaiting an answer. */
  | 'NOT_REPORTED'
  /** UNAUTHENTICATED: no token was sent. Sign in. */
  | 'NOT_SIGNED_IN'
  /** FORBIDDEN: only the audited supplier's own users do this. */
  | 'NOT_SUPPLIER'
  /** FORBIDDEN: the operation concerns another member firm than your own (`details.memberId` when known). */
  | 'NOT_YOUR_FIRM'
  /** FORBIDDEN: a firm keeps its own supplier register only (`details.buyerMemberId`). */
  | 'NOT_YOUR_REGISTER'
  /** CONFLICT: no exchange terms are in force on that day, so no loan can be agreed. An administrator records them first. */
  | 'NO_EXCHANGE_TERMS'
  /** CONFLICT: the lender's free capacity in the period does not cover the loan (`details.freeHours`). */
  | 'NO_FREE_CAPACITY'
  /** CONFLICT: the network's contact for buyers is not set, and every brochure prints it. Set it first (setNetworkContact). */
  | 'NO_NETWORK_CONTACT'
  /** CONFLICT: fewer than half of the members who may vote have voted, so the decision cannot close yet (the tally is in `details`). */
  | 'NO_QUORUM'
  /** CONFLICT: no member relies on the audit, so it cannot be done or reported. */
  | 'NO_RELYING_MEMBER'
  /** CONFLICT: the audit has no report yet. */
  | 'NO_REPORT_YET'
  /** CONFLICT: the offer no longer has the hours: other agreements took them (`details.hoursLeft`). */
  | 'OFFER_HOURS_TAKEN'
  /** CONFLICT: the offer or need is no longer open. */
  | 'POSTING_CLOSED'
  /** FORBIDDEN: your role may not call this operation; `details.allowed` lists the roles that may. */
  | 'ROLE_NOT_ALLOWED'
  /** UNAUTHENTICATED: the session was ended (signed out, password or role changed, user deactivated, or a used refresh token replayed). Sign in again. */
  | 'SESSION_ENDED'
  /** CONFLICT: the consortium suggestion is no longer the one shown; look at it again. Nothing was written. */
  | 'SUGGESTION_CHANGED'
  /** UNAUTHENTICATED: the access token has run out. Renew the session (refreshSession) or sign in again. */
  | 'TOKEN_EXPIRED'
  /** UNAUTHENTICATED: the token is not one this server issued (signature, issuer, audience or algorithm). Sign in again. */
  | 'TOKEN_INVALID'
  /** CONFLICT: the audit is not in a status that allows this (`details.status`, `details.allowed`). */
  | 'WRONG_AUDIT_STATUS'
  /** CONFLICT: the loan agreement is not in a status that allows this. */
  | 'WRONG_STATE'
  /** CONFLICT: the record is not in a status (or a tender not in a stage) that allows this (`details.status` or `details.stage`, with what is expected when known). Read it again to see where it stands. Loan agreements and audits say WRONG_STATE and WRONG_AUDIT_STATUS. */
  | 'WRONG_STATUS';

export type ExchangeBoardFilter = {
  capabilityCode?: string | null | undefined;
  /** Postings whose window ends on or after this day. */
  from?: string | null | undefined;
  kind?: ExchangePostingKind | null | undefined;
  memberId?: number | null | undefined;
  /** Postings whose window starts on or before this day. */
  to?: string | null | undefined;
};

export type ExchangeCertificateInput = {
  /** NADCAP only: the accredited process, e.g. WELDING. */
  process?: string | null | undefined;
  type: CertificateType;
};

/** OFFER: a posted offer. CAPACITY: a firm's free registered capacity. */
export type ExchangeMatchSource =
  | 'CAPACITY'
  | 'OFFER';

/** OFFER: free hours to lend. NEED: hours a firm lacks. */
export type ExchangePostingKind =
  | 'NEED'
  | 'OFFER';

/** OPEN on the board; TAKEN when every hour is in confirmed agreements; EXPIRED after its window; WITHDRAWN by the firm. */
export type ExchangePostingState =
  | 'EXPIRED'
  | 'OPEN'
  | 'TAKEN'
  | 'WITHDRAWN';

/** Which rule a field of the input broke: entries of `extensions.fields` carry it as `rule`, with its values in `params`. Clients switch on these to say the problem in their language; new ones are added, none is renamed. An entry without a rule has only its (English) `message`. */
export type FieldRule =
  /** Above zero. */
  | 'ABOVE_ZERO'
  /** The work package is already assigned to that firm. */
  | 'ALREADY_ASSIGNED'
  /** An amount of at least `min` minor units (øre, cents) in `currency`. Params: min, currency. */
  | 'AMOUNT_AT_LEAST'
  /** An amount of at most `max` minor units (øre, cents) in `currency`, e.g. what is left to pay on an invoice. Params: max, currency. */
  | 'AMOUNT_AT_MOST'
  /** A number of at least `min`. Params: min. */
  | 'AT_LEAST'
  /** At least `min` characters. Params: min. */
  | 'AT_LEAST_CHARACTERS'
  /** A number of at most `max`. Params: max. */
  | 'AT_MOST'
  /** At most `max` characters. Params: max. */
  | 'AT_MOST_CHARACTERS'
  /** Band `band` ends at `max` employees, so the next band (row `next`) starts at `min`: no gap, no overlap. Params: band, max, next, min. */
  | 'BANDS_MUST_MEET'
  /** The first band of a dues table starts at 1 employee. */
  | 'BANDS_START_AT_ONE'
  /** Band (row) `band` of a dues table ends below where it starts. Params: band. */
  | 'BAND_ENDS_BELOW_START'
  /** The fees of band (row) `band` cannot be negative. Params: band. */
  | 'BAND_FEE_NEGATIVE'
  /** Band (row) `band` needs a maximum: only the last band is open-ended. Params: band. */
  | 'BAND_NEEDS_END'
  /** A share in basis points, 0 to 10 000 (0–100 %). */
  | 'BASIS_POINTS'
  /** The field cannot be cleared (null): leave it out to keep the current value. */
  | 'CANNOT_BE_CLEARED'
  /** A counter-offer changes the price and/or the dates. */
  | 'COUNTER_OFFER_CHANGES_NOTHING'
  /** The period or window ends before it starts. */
  | 'ENDS_BEFORE_START'
  /** A counter-offer explains itself in a comment. */
  | 'EXPLAIN_COUNTER_OFFER'
  /** Say why: a reason is required here, for the record. */
  | 'GIVE_A_REASON'
  /** The grant `grant` has `max` minor units in `currency` left for this plan; the plan draws more. Params: grant, max, currency. */
  | 'GRANT_OVERPLANNED'
  /** The date lies in the future; this is recorded once it has happened. */
  | 'IN_THE_FUTURE'
  /** The date (or time) has passed; give a later one. */
  | 'IN_THE_PAST'
  /** The last band (row `band`) is open-ended, so every firm falls in a band. Params: band. */
  | 'LAST_BAND_OPEN'
  /** Leave this field empty here: it does not apply to what the rest of the input says. */
  | 'LEAVE_EMPTY'
  /** A firm cannot lend to itself: the borrower is another firm. */
  | 'LENDS_TO_ITSELF'
  /** The list names the same entry twice. */
  | 'LISTED_TWICE'
  /** A NADCAP accreditation names its process (e.g. WELDING, HEAT_TREATING). */
  | 'NADCAP_NEEDS_PROCESS'
  /** Not an e-mail address such as post@example.no. */
  | 'NOT_AN_EMAIL'
  /** Not an NCAGE code: 5 characters, digits and capital letters except I and O. */
  | 'NOT_AN_NCAGE'
  /** Not a Norwegian organisation number: 9 digits, the last a check digit (mod 11) that must match. */
  | 'NOT_AN_ORG_NUMBER'
  /** Not an ISO 4217 currency code such as NOK. */
  | 'NOT_A_CURRENCY'
  /** Not a date YYYY-MM-DD. */
  | 'NOT_A_DATE'
  /** Not a month YYYY-MM. */
  | 'NOT_A_MONTH'
  /** Not a phone number: digits, spaces and an optional leading +, such as +47 61 00 00 00. */
  | 'NOT_A_PHONE_NUMBER'
  /** Not a web address such as www.example.no. */
  | 'NOT_A_WEB_ADDRESS'
  /** The capability is not in the firm's profile; add it there first. */
  | 'NOT_IN_FIRM_PROFILE'
  /** Zero or more: not negative. */
  | 'NOT_NEGATIVE'
  /** Not one of the values the field allows. */
  | 'NOT_ONE_OF'
  /** Not zero: give an amount that changes something. */
  | 'NOT_ZERO'
  /** The requirement is a draft without hours: set its hours first. */
  | 'NO_HOURS_YET'
  /** The tender has no requirements yet: add what a bid must cover first. */
  | 'NO_REQUIREMENTS_YET'
  /** Only amounts in `currency` are taken here (e.g. the currency of the order). Params: currency. */
  | 'ONLY_CURRENCY'
  /** A date on or after `date`. Params: date. */
  | 'ON_OR_AFTER'
  /** A date on or before `date`. Params: date. */
  | 'ON_OR_BEFORE'
  /** Outside the period from `from` to `to` (dates or months, both included). Params: from, to. */
  | 'OUTSIDE_PERIOD'
  /** Give a rate or a fixed amount, not both. */
  | 'RATE_OR_AMOUNT'
  /** The field must be given and not be blank. */
  | 'REQUIRED'
  /** The field must be given, with at most `max` characters. Params: max. */
  | 'REQUIRED_AT_MOST_CHARACTERS'
  /** The new value is the same as the current one. */
  | 'SAME_AS_CURRENT'
  /** A list of at most `max` entries. Params: max. */
  | 'TOO_MANY'
  /** No capability in the catalogue has this code. */
  | 'UNKNOWN_CAPABILITY'
  /** Whole hours from 1 to 100 000. */
  | 'WHOLE_HOURS'
  /** An amount in whole minor units (øre, cents). */
  | 'WHOLE_MINOR_UNITS'
  /** A whole number. */
  | 'WHOLE_NUMBER'
  /** A whole number, 0 or more. */
  | 'WHOLE_NUMBER_NOT_NEGATIVE'
  /** The password given is not the current one. */
  | 'WRONG_PASSWORD';

/** MAJOR and MINOR nonconformities need a corrective action; an OBSERVATION may have one. */
export type FindingSeverity =
  | 'MAJOR'
  | 'MINOR'
  | 'OBSERVATION';

export type FindingStatus =
  | 'CLOSED'
  | 'OPEN';

/** On track, at risk, off track. */
export type FollowUpStatus =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** Own funds, a grant of the grants register, or member fees. */
export type FundingSource =
  | 'GRANT'
  | 'MEMBER_FEES'
  | 'OWN_FUNDS';

/** NETWORK: no tender. TENDER: tenderId plus either bidId (its offered/accepted work packages) or alternativeRank (a solver alternative; default 1). */
export type GenerateBrochureInput = {
  /** Which solver alternative (1 = best), as suggestConsortia ranks them. */
  alternativeRank?: number | null | undefined;
  bidId?: number | null | undefined;
  kind: BrochureKind;
  language: BrochureLanguage;
  /** Printed on the cover and the certificate cut-off; default today (Oslo). */
  statedDate?: string | null | undefined;
  tenderId?: number | null | undefined;
};

export type GoalsMet =
  | 'MET'
  | 'NOT_MET'
  | 'PARTLY';

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

/** NB: Norwegian bokmål (the default). EN: English. */
export type Language =
  | 'EN'
  | 'NB';

/** PROPOSED → CONFIRMED (both firms) → COMPLETED, or DECLINED / CANCELLED with a reason. */
export type LoanAgreementStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'PROPOSED';

/** REPORTED by the borrower, then CONFIRMED or REJECTED by the lender. */
export type LoanHoursStatus =
  | 'CONFIRMED'
  | 'REJECTED'
  | 'REPORTED';

/** TABLE: the terms' fixed price. COST_PLUS: the lender's cost rate plus the markup. */
export type LoanPricingBasis =
  | 'COST_PLUS'
  | 'TABLE';

/** STAFF (people) or MACHINE (free machine hours). */
export type LoanResource =
  | 'MACHINE'
  | 'STAFF';

export type LoginInput = {
  email: string;
  password: string;
};

/** Why a tender was lost or withdrawn (a fixed list, so the committee can learn). */
export type LossReason =
  | 'CAPACITY'
  | 'DELIVERY_TIME'
  | 'MISSING_CERTIFICATION'
  | 'OTHER'
  | 'PARTNER_DROPPED_OUT'
  | 'PRICE'
  | 'QUALITY'
  | 'REQUIREMENTS_NOT_MET'
  | 'SECURITY_CLEARANCE'
  | 'STRATEGIC';

export type LotInput = {
  description?: string | null | undefined;
  estimatedValue?: MoneyInput | null | undefined;
  /** The lot's key, e.g. "1" or the source's lot id. */
  lotKey: string;
  title: string;
};

export type MarkAuditDoneInput = {
  auditId: number;
  /** The day it took place: today or earlier. */
  doneOn: string;
};

export type Market =
  | 'CIVIL_AVIATION'
  | 'DEFENCE'
  | 'MILITARY_AVIATION'
  | 'OTHER'
  | 'PUBLIC_SECTOR';

export type MemberFilterInput = {
  /** Only members with this capability code. */
  capabilityCode?: string | null | undefined;
  /** Only members holding this certificate, valid on certificateValidOn. */
  certificateType?: CertificateType | null | undefined;
  /** Default: today (Europe/Oslo). */
  certificateValidOn?: string | null | undefined;
  municipality?: string | null | undefined;
  status?: MembershipStatus | null | undefined;
  /** Case-insensitive search in name and descriptions. */
  text?: string | null | undefined;
};

export type MembershipStatus =
  | 'ACTIVE'
  | 'EXCLUDED'
  | 'RESIGNED';

export type MilestoneInput = {
  dueDate: string;
  title: string;
};

export type MilestoneStatus =
  | 'CANCELLED'
  | 'DELAYED'
  | 'DELIVERED'
  | 'PLANNED';

export type MoneyInput = {
  /** ISO 4217 code; NOK unless stated. */
  currency?: string;
  /** Integer minor units (øre for NOK), e.g. "150050" for 1 500,50 kr. */
  minorUnits: string;
};

export type MoneyReportFilterInput = {
  /** One firm's reports (the association); a firm user always sees its own. */
  memberId?: number | null | undefined;
  /** Only reports with this status (REPORTED: waiting for a decision). */
  status?: MoneyReportStatus | null | undefined;
};

/** What a firm reports. */
export type MoneyReportKind =
  /** A credit note against one of its invoices. */
  | 'CREDIT_NOTE'
  /** An invoice to the buyer for one of its order lines. */
  | 'INVOICE'
  /** A payment received for an invoice, or a refund paid for a credit note. */
  | 'PAYMENT'
  /** A recorded payment undone (e.g. a bounced transfer). */
  | 'PAYMENT_REVERSAL';

export type MoneyReportStatus =
  /** Confirmed by the project leader and recorded: it counts toward royalties. */
  | 'CONFIRMED'
  /** Rejected by the project leader, with the reason; it counts nowhere. */
  | 'REJECTED'
  /** Reported by the firm; counts nowhere (not in order totals, not in royalties) yet. */
  | 'REPORTED';

export type MoveTenderStageInput = {
  /** Required for LOST and WITHDRAWN. */
  lossReason?: LossReason | null | undefined;
  lossReasonText?: string | null | undefined;
  /** WON or LOST only: the day of the award or of the notice of loss (Europe/Oslo, not in the future); default today. The pipeline counts the outcome by this date. */
  outcomeDate?: string | null | undefined;
  /** Why; required when reopening. */
  reason?: string | null | undefined;
  tenderId: number;
  to: TenderStage;
};

/** The person buyers deal with, printed on every brochure. */
export type NetworkContactInput = {
  /** Postal address; lines separated by a line break. */
  address: string;
  email: string;
  /** e.g. "Kari Nordmann". */
  name: string;
  /** e.g. "+47 61 00 00 00". */
  phone: string;
  /** Role in English, e.g. "Project leader, RTIM Raufoss". */
  roleEn: string;
  /** Role in Norwegian, e.g. "Prosjektleder, RTIM Raufoss". */
  roleNb: string;
};

/** Why an offer that went out needs the project leader’s eye. */
export type OfferCautionKind =
  /** The firm is not an active member (memberName). */
  | 'INACTIVE_MEMBER'
  /** The firm has fewer free hours of the capability in the window than the package needs (memberName, capabilityCode, freeHours, hours, windowStart, windowEnd). */
  | 'OVER_COMMITTED';

export type OrderFilterInput = {
  awardedFrom?: string | null | undefined;
  awardedTo?: string | null | undefined;
  memberId?: number | null | undefined;
  status?: OrderStatus | null | undefined;
};

export type OrderStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED';

export type PackageCoverInput = {
  /** Hours of the requirement this package covers. */
  hours: number;
  requirementId: number;
};

export type PaymentKind =
  | 'PAYMENT'
  | 'REFUND'
  | 'REVERSAL';

export type PipelineFilterInput = {
  /** First day of the period (Europe/Oslo). Default: the beginning. */
  from?: string | null | undefined;
  /** Only this market (the tender's; orders by their tender's market). */
  market?: Market | null | undefined;
  /** Last day of the period, inclusive. Default: a year from today (Europe/Oslo), so open tenders due later show. */
  to?: string | null | undefined;
};

export type PostExchangeNeedInput = {
  /** A code of the capability catalogue, e.g. CNC_5AXIS. */
  capabilityCode: string;
  /** Certificates the lender must hold valid through the window; null for none. */
  certificates?: Array<ExchangeCertificateInput> | null | undefined;
  /** Whole hours, 1 or more. */
  hours: number;
  /** The firm. A firm user may leave it out (their own firm); the association names it. */
  memberId?: number | null | undefined;
  /** Free text shown on the board; null or empty for none. */
  note?: string | null | undefined;
  /** One of the firm's own order lines this need is part of (the part it cannot do itself). */
  orderLineId?: number | null | undefined;
  resource: LoanResource;
  /** The posting expires after this day. */
  windowEnd: string;
  windowStart: string;
};

export type PostExchangeOfferInput = {
  /** A code of the capability catalogue, e.g. CNC_5AXIS. */
  capabilityCode: string;
  /** Certificates that come with the lent staff or machine; null for none. */
  certificates?: Array<ExchangeCertificateInput> | null | undefined;
  /** Whole hours, 1 or more. */
  hours: number;
  /** The firm. A firm user may leave it out (their own firm); the association names it. */
  memberId?: number | null | undefined;
  /** Free text shown on the board; null or empty for none. */
  note?: string | null | undefined;
  resource: LoanResource;
  /** The posting expires after this day. */
  windowEnd: string;
  windowStart: string;
};

/** A coordinated audit: one lead auditor audits the supplier once, on behalf of several members. */
export type ProposeAuditInput = {
  /** A person at a member firm (a firm user, not of the supplier); see auditorCandidates. */
  leadAuditorUserId: number;
  note?: string | null | undefined;
  /** The members it is done on behalf of; each accepts that it relies on the result. */
  onBehalfOfMemberIds: Array<number>;
  /** Today or later. */
  plannedOn: string;
  /** The standards (and clauses) in scope. */
  scope: Array<AuditScopeInput>;
  supplierMemberId: number;
};

export type ProposeLoanAgreementInput = {
  /** The borrowing firm; implied by needId. */
  borrowerId?: number | null | undefined;
  /** Implied by the offer or need. */
  capabilityCode?: string | null | undefined;
  hours: number;
  /** The lending firm; implied by offerId. */
  lenderId?: number | null | undefined;
  /** The need the hours cover. */
  needId?: number | null | undefined;
  note?: string | null | undefined;
  /** The offer the hours come from (its hours are taken when the agreement comes into force). */
  offerId?: number | null | undefined;
  periodEnd: string;
  periodStart: string;
  /** Implied by the offer or need. */
  resource?: LoanResource | null | undefined;
};

/** What keeps a bid from READY. */
export type ReadinessBlockerKind =
  /** No work package has been accepted. */
  | 'NOTHING_ACCEPTED'
  /** A live work package is not accepted yet: DRAFT, OFFERED or COUNTERED (workPackageId, status). */
  | 'PACKAGE_NOT_ACCEPTED'
  /** A mandatory requirement is not covered by accepted hours (requirementId, label, acceptedHours, requiredHours). */
  | 'REQUIREMENT_NOT_COVERED';

export type RecordAuditFindingInput = {
  auditId: number;
  /** The clause, e.g. "8.4.2"; within the clauses in scope when the scope lists any. */
  clause: string;
  /** May also be given by the supplier later. */
  correctiveAction?: string | null | undefined;
  description: string;
  /** Required for MAJOR and MINOR: when the action must be closed. */
  dueOn?: string | null | undefined;
  severity: FindingSeverity;
  /** One of the audit's standards. */
  standard: CertificateType;
};

export type RecordCreditNoteInput = {
  /** The credited amount, as a positive number. */
  amount: string;
  declaredCost?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** The invoice credited. */
  invoiceId: number;
  issueDate: string;
  number: string;
  reason: string;
};

export type RecordInvoiceInput = {
  amount: string;
  /** For margin-based royalties. */
  declaredCost?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  issueDate: string;
  note?: string | null | undefined;
  number: string;
  orderLineId: number;
};

export type RecordPaymentInput = {
  /** Positive; partial payments allowed, overpayment refused. */
  amount: string;
  date: string;
  idempotencyKey?: string | null | undefined;
  /** An invoice (payment received) or a credit note (refund paid). */
  invoiceId: number;
  note?: string | null | undefined;
};

export type ReportAuditInput = {
  auditId: number;
  /** The lead auditor's conclusion, printed in the report. */
  summary: string;
};

export type ReportLoanHoursInput = {
  agreementId: number;
  hours: number;
  /** The month, YYYY-MM; reporting a month again replaces a rejected or unconfirmed report. */
  month: string;
};

export type RequiredCertificateInput = {
  /** NADCAP: the process, e.g. WELDING. */
  process?: string | null | undefined;
  type: CertificateType;
};

/** The supplier states its corrective action and/or the evidence that it is done. Left out: unchanged. */
export type RespondToAuditFindingInput = {
  /** null is refused. */
  correctiveAction?: string | null | undefined;
  /** e.g. "Revised procedure QP-12 rev. 4, training records 2026-11"; null is refused. */
  evidence?: string | null | undefined;
  findingId: number;
};

export type RespondToWorkPackageInput = {
  /** COUNTER: the explanation. */
  comment?: string | null | undefined;
  /** COUNTER: the new price. */
  price?: string | null | undefined;
  /** DECLINE: why. */
  reason?: string | null | undefined;
  response: ResponseKind;
  windowEnd?: string | null | undefined;
  /** COUNTER: new dates. */
  windowStart?: string | null | undefined;
  workPackageId: number;
};

export type ResponseKind =
  | 'ACCEPT'
  | 'COUNTER'
  | 'DECLINE';

/** What a signed-in user may do; see README "Roles". */
export type Role =
  | 'ADMIN'
  | 'FIRM_USER'
  | 'PROJECT_LEADER'
  | 'STEERING';

export type RoyaltyLedgerFilter = {
  from?: string | null | undefined;
  memberId?: number | null | undefined;
  to?: string | null | undefined;
};

export type RoyaltyLedgerKind =
  | 'ACCRUED'
  | 'ADJUSTMENT'
  | 'RECEIVED';

export type RoyaltyStatementFilter = {
  memberId?: number | null | undefined;
  /** 2026-07, 2026-Q3 or 2026 */
  period?: string | null | undefined;
  status?: RoyaltyStatementStatus | null | undefined;
};

export type RoyaltyStatementStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'PAID';

/** One firm-and-requirement assignment of the alternative as the project leader saw it. */
export type SeenAssignmentInput = {
  firmId: number;
  hours: number;
  requirementId: number;
};

export type ServiceFeePayer =
  | 'BORROWER'
  | 'LENDER';

export type SetMemberCapabilityInput = {
  /** Hours per month available for this capability (private). */
  capacityHoursPerMonth: number;
  /** A code from capabilityCatalogue, e.g. CNC_5AXIS. */
  code: string;
  /** Indicative hourly rate in øre (private to the firm and the association). */
  hourlyRate?: string | null | undefined;
  /** Key equipment in Norwegian, e.g. "5-akset DMG, 1 000 × 800 × 600 mm". */
  keyEquipment?: string | null | undefined;
  /** Key equipment in English, e.g. "5-axis DMG, 1,000 × 800 × 600 mm". */
  keyEquipmentEn?: string | null | undefined;
  /** Level or notes, in Norwegian (the Norwegian brochure prints it), e.g. "serieproduksjon, toleranser ned til ±0,01 mm". */
  level?: string | null | undefined;
  /** Level or notes in English (the English brochure prints it). Neither language stands in for the other. */
  levelEn?: string | null | undefined;
  memberId: number;
};

export type SetMembershipDuesInput = {
  bands: Array<DuesBandInput>;
  year: number;
};

export type SetRoyaltyAgreementInput = {
  /** GROSS (the amount) or MARGIN (amount − declared cost, floored at zero per order line cumulatively). */
  amountKind: string;
  /** INVOICED (when invoiced) or PAID (when paid). */
  basis: string;
  memberId?: number | null | undefined;
  /** Orders below this value owe no royalty. */
  minimumOrderValue?: string | null | undefined;
  note?: string | null | undefined;
  orderId?: number | null | undefined;
  /** Basis points: 300 = 3 %. */
  rateBp: number;
  /** DEFAULT (the association's rate), FIRM or ORDER. */
  scope: string;
  validFrom: string;
};

export type SuggestConsortiaOptions = {
  /** How many ranked alternatives (1–10). Each leaves out at least one firm (other than required ones) of every better-ranked alternative, so alternatives differ in which firms carry the work; fewer come back when no more exist. */
  alternatives?: number;
  /** Also cover optional requirements (default: mandatory only). */
  coverOptional?: boolean;
  /** Firms never to use. */
  excludedFirmIds?: Array<number> | null | undefined;
  /** At most this many firms per alternative. */
  maxFirms?: number | null | undefined;
  /** Firms that must be in every alternative. */
  requiredFirmIds?: Array<number> | null | undefined;
  /** Time budget in ms (100–10000); beyond it the best found is returned with its gap. */
  timeBudgetMs?: number;
};

export type TenderFilterInput = {
  buyer?: string | null | undefined;
  deadlineFrom?: string | null | undefined;
  deadlineTo?: string | null | undefined;
  market?: Market | null | undefined;
  stages?: Array<TenderStage> | null | undefined;
  /** Case-insensitive search in title and description. */
  text?: string | null | undefined;
};

export type TenderStage =
  | 'BID_IN_PREPARATION'
  | 'CANCELLED'
  | 'GO'
  | 'IDENTIFIED'
  | 'LOST'
  | 'NO_GO'
  | 'QUALIFYING'
  | 'SUBMITTED'
  | 'WITHDRAWN'
  | 'WON';

/** Why a requirement's hours are not covered; the facts are on UncoveredRequirement. */
export type UncoveredCause =
  /** The only eligible members are excluded by the suggestion's options (excludedEligibleFirmIds). */
  | 'ELIGIBLE_EXCLUDED'
  /** The requirement is indivisible, and no eligible member can take all its hours next to its other work (hours, maxFirms). */
  | 'INDIVISIBLE_TOO_LARGE'
  /** The eligible members have no free capacity left for the rest (gapHours, maxFirms). */
  | 'NO_CAPACITY_LEFT'
  /** Members offer the capability, none is eligible (nearestMiss says why the closest is not). */
  | 'NO_MEMBER_ELIGIBLE'
  /** No member offers the capability (capabilityCode). */
  | 'NO_MEMBER_HAS_CAPABILITY';

export type UpdateCertificateInput = {
  clearanceLevel?: ClearanceLevel | null | undefined;
  documentRef?: string | null | undefined;
  id: number;
  issuer?: string | null | undefined;
  scope?: string | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
};

export type UpdateMemberInput = {
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** Public description in English. */
  descriptionEn?: string | null | undefined;
  /** Public description in Norwegian (bokmål). */
  descriptionNb?: string | null | undefined;
  employees?: number | null | undefined;
  /** The version you read; the update fails with CONFLICT if the member changed since. */
  expectedVersion?: number | null | undefined;
  /** Marks demo data whose profile is invented (association only). */
  illustrative?: boolean | null | undefined;
  joinedOn?: string | null | undefined;
  /** Kommune, e.g. Vestre Toten. */
  municipality?: string | null | undefined;
  name?: string | null | undefined;
  /** NCAGE code, 5 characters. */
  ncage?: string | null | undefined;
  /** Norwegian organisation number, 9 digits (spaces allowed). */
  orgNumber?: string | null | undefined;
  postalCode?: string | null | undefined;
  streetAddress?: string | null | undefined;
  /** Web address; "www.example.no" is stored as "https://www.example.no". */
  website?: string | null | undefined;
};

export type UpdateMilestoneInput = {
  actualDate?: string | null | undefined;
  id: number;
  note?: string | null | undefined;
  plannedDate?: string | null | undefined;
  status?: MilestoneStatus | null | undefined;
};

export type UpdateWorkPackageInput = {
  expectedVersion?: number | null | undefined;
  id: number;
  memberId?: number | null | undefined;
  /** The firm's price (private to the firm and the association). */
  price?: string | null | undefined;
  requirements?: Array<PackageCoverInput> | null | undefined;
  responseDeadline?: string | null | undefined;
  scope?: string | null | undefined;
  title?: string | null | undefined;
  windowEnd?: string | null | undefined;
  windowStart?: string | null | undefined;
};

export type Vote =
  | 'ABSTAIN'
  | 'NO'
  | 'YES';

export type WorkPackageStatus =
  | 'ACCEPTED'
  | 'COUNTERED'
  | 'DECLINED'
  | 'DRAFT'
  | 'OFFERED'
  | 'WITHDRAWN';

export type ActivitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivitiesQuery = { activities: Array<{ id: number, title: string, kind: ActivityKind, areaCode: string, status: ActivityStatus, overdueFollowUps: number, latestFollowUp: FollowUpStatus | null, changedSinceApproval: boolean, openDecisionId: number | null, contact: { id: number, name: string }, budgetTotal: { minorUnits: string, currency: string } | null, milestones: Array<{ dueDate: string, followUpOverdue: boolean }> }> };

export type BoardAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardAreasQuery = { boardAreas: { version: number, areas: Array<{ code: string, nameNb: string, nameEn: string, holder: { id: number, name: string } }> } | null };

export type ActivityQueryVariables = Exact<{
  id: number;
}>;


export type ActivityQuery = { activity: { id: number, title: string, kind: ActivityKind, areaCode: string, goals: string, status: ActivityStatus, approvedRevision: number | null, changedSinceApproval: boolean, openDecisionId: number | null, overdueFollowUps: number, projectLeader: { id: number, name: string }, contact: { id: number, name: string }, firms: Array<{ memberId: number, name: string }>, budget: Array<{ source: FundingSource, grantId: number | null, note: string, amount: { minorUnits: string, currency: string } }> | null, budgetTotal: { minorUnits: string, currency: string } | null, milestones: Array<{ title: string, dueDate: string, followUpOverdue: boolean }>, revisions: Array<{ revision: number, decisionId: number, approvedAt: string, budgetTotal: { minorUnits: string, currency: string } }>, links: Array<{ kind: ActivityLinkKind, targetId: number }>, statusReports: Array<{ id: number, status: FollowUpStatus, text: string, date: string }>, evaluation: { goalsMet: GoalsMet, goalsComment: string, lessons: string, evaluatedAt: string, spent: { minorUnits: string, currency: string } | null } | null, figures: { ordersWonCount: number, returnPerKroneSpent: string | null, returnPerKroneGrant: string | null, budget: { minorUnits: string, currency: string } | null, grant: { minorUnits: string, currency: string } | null, spent: { minorUnits: string, currency: string } | null, variance: { minorUnits: string, currency: string } | null, ordersWon: { minorUnits: string, currency: string } } | null } };

export type ActivityDecisionQueryVariables = Exact<{
  activityId: number;
}>;


export type ActivityDecisionQuery = { steeringDecisions: Array<{ id: number, status: DecisionStatus, result: string | null, question: string, quorum: number, voted: number, yes: number, no: number, abstain: number, committeeSize: number, votes: Array<{ userId: number, vote: string, voter: { name: string } }> }> };

export type OpenActivityApprovalMutationVariables = Exact<{
  activityId: number;
}>;


export type OpenActivityApprovalMutation = { openSteeringDecision: { id: number } };

export type CastActivityVoteMutationVariables = Exact<{
  decisionId: number;
  vote: Vote;
}>;


export type CastActivityVoteMutation = { castVote: { id: number, voted: number } };

export type CloseActivityDecisionMutationVariables = Exact<{
  decisionId: number;
}>;


export type CloseActivityDecisionMutation = { closeSteeringDecision: { id: number, result: string | null } };

export type RecordActivityStatusReportMutationVariables = Exact<{
  input: ActivityStatusReportInput;
}>;


export type RecordActivityStatusReportMutation = { recordActivityStatusReport: { id: number, overdueFollowUps: number } };

export type CloseActivityMutationVariables = Exact<{
  input: ActivityEvaluationInput;
}>;


export type CloseActivityMutation = { closeActivity: { id: number, status: ActivityStatus } };

export type ActivityPlanOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActivityPlanOptionsQuery = { me: { id: number, displayName: string }, boardAreas: { areas: Array<{ code: string, nameNb: string, nameEn: string, holder: { id: number } }> } | null, steeringCommittee: Array<{ userId: number, displayName: string }>, grants: Array<{ id: number, source: string, purpose: string, amount: { minorUnits: string, currency: string } }>, members: { nodes: Array<{ id: number, name: string }> } };

export type CreateActivityMutationVariables = Exact<{
  input: ActivityPlanInput;
}>;


export type CreateActivityMutation = { createActivity: { id: number } };

export type UpdateActivityPlanMutationVariables = Exact<{
  activityId: number;
  input: ActivityPlanInput;
}>;


export type UpdateActivityPlanMutation = { updateActivityPlan: { id: number, changedSinceApproval: boolean, budgetTotal: { minorUnits: string, currency: string } | null } };

export type AuditProgrammeQueryVariables = Exact<{
  supplierId: number;
  asSupplier: boolean;
}>;


export type AuditProgrammeQuery = { auditProgramme: { asOf: string, horizonEnd: string, windowDays: number, needCount: number, overdueCount: number, supplierCount: number, suggestionCount: number, suggestions: Array<{ standards: Array<CertificateType>, windowStart: string, windowEnd: string, suggestedDate: string, auditsSaved: number, suggestedLeadMemberId: number, supplier: { id: number, name: string }, members: Array<{ dueOn: string, standards: Array<CertificateType>, member: { id: number, name: string } }> }>, suppliers: Array<{ supplierMemberId: number, supplier: { name: string }, needs: Array<{ standard: CertificateType, dueOn: string, lastAuditedOn: string | null, overdue: boolean, sources: Array<AuditNeedSource>, scheduledAuditId: number | null, buyer: { name: string } }> }> }, ofUs?: { totalCount: number, nodes: Array<{ id: number, status: AuditStatus, standards: Array<CertificateType>, plannedOn: string | null, doneOn: string | null, supplierMemberId: number, supplierConfirmed: boolean | null, supplier: { name: string }, leadMember: { name: string } | null }> }, audits: { totalCount: number, nodes: Array<{ id: number, status: AuditStatus, standards: Array<CertificateType>, plannedOn: string | null, doneOn: string | null, supplierMemberId: number, supplierConfirmed: boolean | null, supplier: { name: string }, leadMember: { name: string } | null }> } };

export type AuditRowFragment = { id: number, status: AuditStatus, standards: Array<CertificateType>, plannedOn: string | null, doneOn: string | null, supplierMemberId: number, supplierConfirmed: boolean | null, supplier: { name: string }, leadMember: { name: string } | null };

export type AuditorCandidatesQueryVariables = Exact<{
  memberId: number;
}>;


export type AuditorCandidatesQuery = { auditorCandidates: Array<{ userId: number, displayName: string }> };

export type ProposeAuditMutationVariables = Exact<{
  input: ProposeAuditInput;
}>;


export type ProposeAuditMutation = { proposeAudit: { id: number } };

export type AuditQueryVariables = Exact<{
  id: number;
}>;


export type AuditQuery = { audit: { id: number, status: AuditStatus, viewerAccess: AuditAccess, standards: Array<CertificateType>, plannedOn: string | null, doneOn: string | null, reportedOn: string | null, registeredOn: string | null, supplierConfirmed: boolean | null, supplierMemberId: number, leadMemberId: number | null, note: string | null, summary: string | null, cancelReason: string | null, reportUrl: string | null, reportUrlEn: string | null, supplier: { id: number, name: string }, leadMember: { id: number, name: string } | null, leadAuditor: { displayName: string } | null, scope: Array<{ standard: CertificateType, clauses: Array<string> }> | null, participants: Array<{ memberId: number, status: AuditRelianceStatus, declineReason: string | null, member: { id: number, name: string } }> | null, findings: Array<{ id: number, standard: CertificateType, clause: string, severity: FindingSeverity, description: string, correctiveAction: string | null, dueOn: string | null, status: FindingStatus, overdue: boolean, evidence: string | null, evidenceSubmittedAt: string | null, closedOn: string | null }> | null } };

export type AcceptAuditRelianceMutationVariables = Exact<{
  auditId: number;
}>;


export type AcceptAuditRelianceMutation = { acceptAuditReliance: { id: number, participants: Array<{ memberId: number, status: AuditRelianceStatus }> | null } };

export type DeclineAuditRelianceMutationVariables = Exact<{
  input: DeclineAuditRelianceInput;
}>;


export type DeclineAuditRelianceMutation = { declineAuditReliance: { id: number, participants: Array<{ memberId: number, status: AuditRelianceStatus, declineReason: string | null }> | null } };

export type ConfirmAuditDateMutationVariables = Exact<{
  auditId: number;
}>;


export type ConfirmAuditDateMutation = { confirmAuditDate: { id: number, supplierConfirmed: boolean | null } };

export type MarkAuditDoneMutationVariables = Exact<{
  input: MarkAuditDoneInput;
}>;


export type MarkAuditDoneMutation = { markAuditDone: { id: number, status: AuditStatus, doneOn: string | null } };

export type RecordAuditFindingMutationVariables = Exact<{
  input: RecordAuditFindingInput;
}>;


export type RecordAuditFindingMutation = { recordAuditFinding: { id: number } };

export type ReportAuditMutationVariables = Exact<{
  input: ReportAuditInput;
}>;


export type ReportAuditMutation = { reportAudit: { id: number, status: AuditStatus, reportedOn: string | null, registeredOn: string | null } };

export type RespondToAuditFindingMutationVariables = Exact<{
  input: RespondToAuditFindingInput;
}>;


export type RespondToAuditFindingMutation = { respondToAuditFinding: { id: number, correctiveAction: string | null, evidence: string | null, evidenceSubmittedAt: string | null } };

export type CloseAuditFindingMutationVariables = Exact<{
  input: CloseAuditFindingInput;
}>;


export type CloseAuditFindingMutation = { closeAuditFinding: { id: number, status: FindingStatus, closedOn: string | null, evidence: string | null } };

export type BidBoardQueryVariables = Exact<{
  id: number;
}>;


export type BidBoardQuery = { bid: { id: number, title: string, status: BidStatus, currency: string, version: number, tender: { id: number, title: string, buyerName: string, deadline: string | null }, workPackages: Array<{ id: number, title: string, status: WorkPackageStatus, hours: number, windowStart: string, windowEnd: string, responseDeadline: string | null, declineReason: string | null, counterComment: string | null, counterWindowStart: string | null, counterWindowEnd: string | null, version: number, member: { id: number, name: string }, price: { minorUnits: string, currency: string } | null, counterPrice: { minorUnits: string, currency: string } | null }>, priceBuildUp: { royaltyRateBp: number, unpricedPackages: number, packagesTotal: { minorUnits: string, currency: string }, coordinationFee: { minorUnits: string, currency: string }, contingency: { minorUnits: string, currency: string }, bidPrice: { minorUnits: string, currency: string }, expectedRoyalty: { minorUnits: string, currency: string } } }, complianceMatrix: { ready: boolean, blockers: Array<{ kind: ReadinessBlockerKind, requirementId: number | null, label: string | null, acceptedHours: number | null, requiredHours: number | null, workPackageId: number | null, status: WorkPackageStatus | null }>, rows: Array<{ requirementId: number, label: string, capabilityCode: string, description: string | null, mandatory: boolean, requiredHours: number, acceptedHours: number, plannedHours: number, covered: boolean, packages: Array<{ workPackageId: number, status: WorkPackageStatus, hours: number, member: { id: number, name: string } }> }> }, capabilityCatalogue: Array<{ code: string, nameNb: string, nameEn: string }> };

export type OfferWorkPackagesMutationVariables = Exact<{
  ids: Array<number> | number;
}>;


export type OfferWorkPackagesMutation = { offerWorkPackages: Array<{ cautions: Array<{ kind: OfferCautionKind, memberName: string, capabilityCode: string | null, freeHours: number | null, hours: number | null, windowStart: string | null, windowEnd: string | null }>, workPackage: { id: number, status: WorkPackageStatus, responseDeadline: string | null } }> };

export type AcceptCounterOfferMutationVariables = Exact<{
  id: number;
}>;


export type AcceptCounterOfferMutation = { acceptCounterOffer: { id: number, status: WorkPackageStatus } };

export type ReassignmentCandidatesQueryVariables = Exact<{
  id: number;
}>;


export type ReassignmentCandidatesQuery = { reassignmentCandidates: Array<{ memberId: number, name: string, uncoveredHours: number }> };

export type ReassignWorkPackageMutationVariables = Exact<{
  id: number;
  memberId: number;
  price?: string | null | undefined;
}>;


export type ReassignWorkPackageMutation = { reassignWorkPackage: { id: number, status: WorkPackageStatus } };

export type SetPackagePriceMutationVariables = Exact<{
  input: UpdateWorkPackageInput;
}>;


export type SetPackagePriceMutation = { updateWorkPackage: { id: number, version: number } };

export type MarkBidReadyMutationVariables = Exact<{
  id: number;
}>;


export type MarkBidReadyMutation = { markBidReady: { id: number, status: BidStatus } };

export type AskForApprovalMutationVariables = Exact<{
  bidId: number;
}>;


export type AskForApprovalMutation = { openSteeringDecision: { id: number } };

export type BrochureRowFragment = { id: number, kind: BrochureKind, language: BrochureLanguage, pageCount: number, byteSize: number, sha256: string, statedDate: string, createdAt: string, downloadUrl: string, tenderId: number | null, bidId: number | null };

export type BrochuresQueryVariables = Exact<{ [key: string]: never; }>;


export type BrochuresQuery = { brochures: Array<{ id: number, kind: BrochureKind, language: BrochureLanguage, pageCount: number, byteSize: number, sha256: string, statedDate: string, createdAt: string, downloadUrl: string, tenderId: number | null, bidId: number | null }>, networkContact: { name: string, roleNb: string, roleEn: string, email: string, phone: string, address: string, updatedAt: string } | null };

export type BrochureTendersQueryVariables = Exact<{ [key: string]: never; }>;


export type BrochureTendersQuery = { tenders: { nodes: Array<{ id: number, title: string, stage: TenderStage }> } };

export type BrochureTenderBidsQueryVariables = Exact<{
  tenderId: number;
}>;


export type BrochureTenderBidsQuery = { bids: Array<{ id: number, title: string, status: BidStatus }> };

export type GenerateBrochureMutationVariables = Exact<{
  input: GenerateBrochureInput;
}>;


export type GenerateBrochureMutation = { generateBrochure: { id: number, kind: BrochureKind, language: BrochureLanguage, pageCount: number, byteSize: number, sha256: string, statedDate: string, createdAt: string, downloadUrl: string, tenderId: number | null, bidId: number | null } };

export type NetworkContactQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkContactQuery = { networkContact: { name: string, roleNb: string, roleEn: string, email: string, phone: string, address: string, updatedAt: string } | null };

export type SetNetworkContactMutationVariables = Exact<{
  input: NetworkContactInput;
}>;


export type SetNetworkContactMutation = { setNetworkContact: { name: string, roleNb: string, roleEn: string, email: string, phone: string, address: string, updatedAt: string } };

export type PostingRowFragment = { id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> };

export type MatchRowFragment = { rank: number, source: ExchangeMatchSource, memberId: number, postingId: number | null, availableHours: number | null, coveredHours: number | null, coversFully: boolean, certificates: Array<string>, overlapStart: string, overlapEnd: string, member: { id: number, name: string } };

export type ExchangeBoardQueryVariables = Exact<{
  filter?: ExchangeBoardFilter | null | undefined;
  first?: number;
}>;


export type ExchangeBoardQuery = { exchangeBoard: { totalCount: number, nodes: Array<{ id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> }> }, capabilityCatalogue: Array<{ code: string, nameNb: string, nameEn: string }> };

export type OurExchangeQueryVariables = Exact<{ [key: string]: never; }>;


export type OurExchangeQuery = { exchangePostingsOfFirm: Array<{ id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> }>, loanAgreements: Array<{ id: number, status: LoanAgreementStatus, lenderId: number, borrowerId: number, capabilityCode: string, hours: number, periodStart: string, periodEnd: string, lenderConfirmedAt: string | null, borrowerConfirmedAt: string | null, lender: { id: number, name: string }, borrower: { id: number, name: string }, pricePerHour: { minorUnits: string, currency: string }, agreedAmount: { minorUnits: string, currency: string } }> };

export type AgreementRowFragment = { id: number, status: LoanAgreementStatus, lenderId: number, borrowerId: number, capabilityCode: string, hours: number, periodStart: string, periodEnd: string, lenderConfirmedAt: string | null, borrowerConfirmedAt: string | null, lender: { id: number, name: string }, borrower: { id: number, name: string }, pricePerHour: { minorUnits: string, currency: string }, agreedAmount: { minorUnits: string, currency: string } };

export type AllAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllAgreementsQuery = { loanAgreements: Array<{ id: number, status: LoanAgreementStatus, lenderId: number, borrowerId: number, capabilityCode: string, hours: number, periodStart: string, periodEnd: string, lenderConfirmedAt: string | null, borrowerConfirmedAt: string | null, lender: { id: number, name: string }, borrower: { id: number, name: string }, pricePerHour: { minorUnits: string, currency: string }, agreedAmount: { minorUnits: string, currency: string } }> };

export type ExchangeMatchesQueryVariables = Exact<{
  needId: number;
}>;


export type ExchangeMatchesQuery = { exchangeMatches: Array<{ rank: number, source: ExchangeMatchSource, memberId: number, postingId: number | null, availableHours: number | null, coveredHours: number | null, coversFully: boolean, certificates: Array<string>, overlapStart: string, overlapEnd: string, member: { id: number, name: string } }> };

export type ExchangeNeedsQueryVariables = Exact<{
  capabilityCode?: string | null | undefined;
}>;


export type ExchangeNeedsQuery = { exchangeNeeds: { totalCount: number, nodes: Array<{ id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, matches: Array<{ rank: number, source: ExchangeMatchSource, memberId: number, postingId: number | null, availableHours: number | null, coveredHours: number | null, coversFully: boolean, certificates: Array<string>, overlapStart: string, overlapEnd: string, member: { id: number, name: string } }> | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> }> } };

export type PostExchangeOfferMutationVariables = Exact<{
  input: PostExchangeOfferInput;
}>;


export type PostExchangeOfferMutation = { postExchangeOffer: { id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> } };

export type PostExchangeNeedMutationVariables = Exact<{
  input: PostExchangeNeedInput;
}>;


export type PostExchangeNeedMutation = { postExchangeNeed: { id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> } };

export type WithdrawExchangePostingMutationVariables = Exact<{
  id: number;
  reason?: string | null | undefined;
}>;


export type WithdrawExchangePostingMutation = { withdrawExchangePosting: { id: number, kind: ExchangePostingKind, memberId: number, capabilityCode: string, resource: LoanResource, hours: number, hoursAgreed: number, hoursOpen: number, windowStart: string, windowEnd: string, state: ExchangePostingState, note: string | null, member: { id: number, name: string }, capability: { code: string, nameNb: string, nameEn: string } | null, certificates: Array<{ label: string }> } };

export type ProposeLoanAgreementMutationVariables = Exact<{
  input: ProposeLoanAgreementInput;
}>;


export type ProposeLoanAgreementMutation = { proposeLoanAgreement: { id: number, status: LoanAgreementStatus } };

export type LoanAgreementQueryVariables = Exact<{
  id: number;
}>;


export type LoanAgreementQuery = { loanAgreement: { resource: LoanResource, offerId: number | null, needId: number | null, note: string | null, reason: string | null, termsVersion: number, termsValidFrom: string, boardDecision: string, pricingBasis: LoanPricingBasis, markupBp: number, nonSolicitationMonths: number, nonSolicitationUntil: string, serviceFeeBp: number, serviceFeePaidBy: ServiceFeePayer, proposedAt: string, confirmedAt: string | null, closedAt: string | null, pdfUrl: string, id: number, status: LoanAgreementStatus, lenderId: number, borrowerId: number, capabilityCode: string, hours: number, periodStart: string, periodEnd: string, lenderConfirmedAt: string | null, borrowerConfirmedAt: string | null, capability: { code: string, nameNb: string, nameEn: string } | null, hoursReports: Array<{ id: number, month: string, hours: number, status: LoanHoursStatus, rejectReason: string | null, amount: { minorUnits: string, currency: string }, serviceFee: { minorUnits: string, currency: string } }>, lender: { id: number, name: string }, borrower: { id: number, name: string }, pricePerHour: { minorUnits: string, currency: string }, agreedAmount: { minorUnits: string, currency: string } } };

export type ConfirmLoanAgreementMutationVariables = Exact<{
  id: number;
}>;


export type ConfirmLoanAgreementMutation = { confirmLoanAgreement: { id: number, status: LoanAgreementStatus, lenderConfirmedAt: string | null, borrowerConfirmedAt: string | null } };

export type DeclineLoanAgreementMutationVariables = Exact<{
  id: number;
  reason: string;
}>;


export type DeclineLoanAgreementMutation = { declineLoanAgreement: { id: number, status: LoanAgreementStatus, reason: string | null } };

export type ReportLoanHoursMutationVariables = Exact<{
  input: ReportLoanHoursInput;
}>;


export type ReportLoanHoursMutation = { reportLoanHours: { id: number, month: string, hours: number, status: LoanHoursStatus } };

export type ConfirmLoanHoursMutationVariables = Exact<{
  id: number;
}>;


export type ConfirmLoanHoursMutation = { confirmLoanHours: { id: number, status: LoanHoursStatus } };

export type RejectLoanHoursMutationVariables = Exact<{
  id: number;
  reason: string;
}>;


export type RejectLoanHoursMutation = { rejectLoanHours: { id: number, status: LoanHoursStatus, rejectReason: string | null } };

export type ExchangeSettlementQueryVariables = Exact<{
  period: string;
}>;


export type ExchangeSettlementQuery = { exchangeSettlement: { period: string, firstDay: string, lastDay: string, totalAmount: { minorUnits: string, currency: string }, totalFees: { minorUnits: string, currency: string }, lines: Array<{ agreementId: number, month: string, capabilityCode: string, hours: number, lender: { name: string }, borrower: { name: string }, pricePerHour: { minorUnits: string, currency: string }, amount: { minorUnits: string, currency: string }, serviceFee: { minorUnits: string, currency: string } }>, balances: Array<{ debtor: { name: string }, creditor: { name: string }, amount: { minorUnits: string, currency: string } }>, fees: Array<{ member: { name: string }, amount: { minorUnits: string, currency: string } }> } };

export type ExchangeSettlementExportQueryVariables = Exact<{
  period: string;
  format: CsvFormat;
}>;


export type ExchangeSettlementExportQuery = { exchangeSettlementExport: string };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { token: string, expiresAt: string, user: { id: number, displayName: string, email: string, role: Role, language: Language, firm: { id: number, name: string } | null } } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: number, email: string, displayName: string, role: Role, active: boolean, lastLoginAt: string | null, firm: { id: number, name: string } | null }>, members: { nodes: Array<{ id: number, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: number, email: string } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { id: number, role: Role, firm: { id: number, name: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  userId: number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: number, active: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  userId: number;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: number, active: boolean } };

export type AuditRecordsQueryVariables = Exact<{
  filter?: AuditRecordFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditRecordsQuery = { auditRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: number, at: string, actorEmail: string, actorRole: string, action: string, entityType: string, entityId: string, before: string | null, after: string | null, reason: string | null, requestId: string | null }> } };

export type IneligibilityReasonFieldsFragment = { code: string, message: string, date: string | null, expired: boolean | null, windowStart: string | null, windowEnd: string | null, level: ClearanceLevel | null, requiredLevel: ClearanceLevel | null, capabilityCode: string | null, freeHours: number | null, hours: number | null, certificate: { type: CertificateType, process: string | null } | null };

export type SuggestionQueryVariables = Exact<{
  tenderId: number;
}>;


export type SuggestionQuery = { tender: { id: number, title: string, buyerName: string, stage: TenderStage, currency: string, requirements: Array<{ id: number, capabilityCode: string, description: string | null, hours: number, mandatory: boolean }> }, suggestConsortia: { complete: boolean, candidateFirms: number, alternatives: Array<{ rank: number, coverage: number, firmCount: number, uncoveredHours: number, uncoveredMandatoryHours: number, provenOptimal: boolean, estimatedCost: { minorUnits: string, currency: string } | null, firms: Array<{ firmId: number, firmName: string, hours: number, estimatedCost: { minorUnits: string, currency: string } | null, assignments: Array<{ requirementId: number, hours: number }> }> }>, explanations: Array<{ requirementId: number, label: string, capabilityCode: string, eligibleFirmIds: Array<number>, warnings: Array<{ firmId: number, firmName: string, code: string, message: string, certificateType: string | null, auditId: number | null, foundOn: string | null, dueOn: string | null }>, ineligible: Array<{ firmId: number, firmName: string, reasons: Array<{ code: string, message: string, date: string | null, expired: boolean | null, windowStart: string | null, windowEnd: string | null, level: ClearanceLevel | null, requiredLevel: ClearanceLevel | null, capabilityCode: string | null, freeHours: number | null, hours: number | null, certificate: { type: CertificateType, process: string | null } | null }> }> }>, uncovered: Array<{ requirementId: number, label: string, capabilityCode: string, message: string, hours: number, gapHours: number, cause: UncoveredCause, maxFirms: number | null, excludedEligibleFirmIds: Array<number>, nearestMiss: { firmId: number, firmName: string, reasons: Array<{ code: string, message: string, date: string | null, expired: boolean | null, windowStart: string | null, windowEnd: string | null, level: ClearanceLevel | null, requiredLevel: ClearanceLevel | null, capabilityCode: string | null, freeHours: number | null, hours: number | null, certificate: { type: CertificateType, process: string | null } | null }> } | null }> }, capabilityCatalogue: Array<{ code: string, nameNb: string, nameEn: string }> };

export type ComposeBidMutationVariables = Exact<{
  input: CreateBidFromSuggestionInput;
}>;


export type ComposeBidMutation = { createBidFromSuggestion: { id: number } };

export type OurFirmQueryVariables = Exact<{
  id: number;
}>;


export type OurFirmQuery = { member: { id: number, name: string, orgNumber: string | null, website: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, streetAddress: string | null, postalCode: string | null, municipality: string | null, descriptionNb: string | null, descriptionEn: string | null, employees: number | null, employeeBand: string | null, illustrative: boolean, illustrativeNote: string | null, version: number, capabilities: Array<{ id: number, code: string, name: string, nameNb: string, level: string | null, keyEquipment: string | null, capacityHoursPerMonth: number | null, hourlyRate: { minorUnits: string, currency: string } | null }>, certificates: Array<{ id: number, type: CertificateType, label: string, issuer: string, validFrom: string, validUntil: string, expired: boolean, daysToExpiry: number, auditWarnings: Array<{ auditId: number, dueOn: string }> }> } };

export type UpdateOurFirmMutationVariables = Exact<{
  id: number;
  input: UpdateMemberInput;
}>;


export type UpdateOurFirmMutation = { updateMember: { id: number, contactName: string | null, contactEmail: string | null, contactPhone: string | null, descriptionNb: string | null, descriptionEn: string | null, version: number } };

export type SetOurCapabilityMutationVariables = Exact<{
  input: SetMemberCapabilityInput;
}>;


export type SetOurCapabilityMutation = { setMemberCapability: { id: number, code: string, capacityHoursPerMonth: number | null, hourlyRate: { minorUnits: string, currency: string } | null } };

export type UpdateOurCertificateMutationVariables = Exact<{
  input: UpdateCertificateInput;
}>;


export type UpdateOurCertificateMutation = { updateCertificate: { id: number, validUntil: string, expired: boolean, daysToExpiry: number } };

export type MemberRegisterQueryVariables = Exact<{
  filter?: MemberFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type MemberRegisterQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: number, name: string, municipality: string | null, employeeBand: string | null, status: MembershipStatus, illustrative: boolean, capabilities: Array<{ id: number, code: string, name: string, nameNb: string }>, certificates: Array<{ id: number, type: CertificateType, label: string, validUntil: string, expired: boolean }> }> }, capabilityCatalogue: Array<{ code: string, nameNb: string, nameEn: string }> };

export type MemberProfileQueryVariables = Exact<{
  id: number;
}>;


export type MemberProfileQuery = { member: { id: number, name: string, orgNumber: string | null, ncage: string | null, website: string | null, contactName: string | null, contactEmail: string | null, contactPhone: string | null, streetAddress: string | null, postalCode: string | null, municipality: string | null, descriptionNb: string | null, descriptionEn: string | null, employeeBand: string | null, status: MembershipStatus, joinedOn: string | null, resignedOn: string | null, illustrative: boolean, illustrativeNote: string | null, capabilities: Array<{ id: number, code: string, name: string, nameNb: string, keyEquipment: string | null, keyEquipmentEn: string | null, level: string | null, levelEn: string | null, capacityHoursPerMonth: number | null, hourlyRate: { minorUnits: string, currency: string } | null }>, certificates: Array<{ id: number, type: CertificateType, label: string, issuer: string, scope: string | null, validFrom: string, validUntil: string, expired: boolean, daysToExpiry: number }> } };

export type MembershipDuesQueryVariables = Exact<{
  year: number;
}>;


export type MembershipDuesQuery = { membershipDues: { year: number, unbanded: number, total: { minorUnits: string, currency: string }, bands: Array<{ label: string, employeesMin: number, employeesMax: number | null, membershipFee: { minorUnits: string, currency: string }, serviceFee: { minorUnits: string, currency: string }, total: { minorUnits: string, currency: string } }>, lines: Array<{ band: string | null, owedThroughYear: number | null, member: { id: number, name: string, resignedOn: string | null }, membershipFee: { minorUnits: string, currency: string }, serviceFee: { minorUnits: string, currency: string }, total: { minorUnits: string, currency: string } }> } };

export type SetMembershipDuesMutationVariables = Exact<{
  input: SetMembershipDuesInput;
}>;


export type SetMembershipDuesMutation = { setMembershipDues: Array<{ label: string }> };

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsQuery = { myNotifications: Array<{ id: number, kind: string, subject: string, body: string, createdAt: string, readAt: string | null, target: { type: string, id: number, label: string, bidId: number | null } | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: number, readAt: string | null } };

export type OrdersQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
}>;


export type OrdersQuery = { orders: Array<{ id: number, buyerName: string, contractReference: string, awardDate: string, status: OrderStatus, awardedValue: { minorUnits: string, currency: string }, invoiced: { minorUnits: string, currency: string }, paid: { minorUnits: string, currency: string }, outstanding: { minorUnits: string, currency: string }, lines: Array<{ id: number, member: { id: number, name: string } }> }> };

export type MoneyReportRowFragment = { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null };

export type OrderQueryVariables = Exact<{
  id: number;
}>;


export type OrderQuery = { order: { id: number, buyerName: string, contractReference: string, awardDate: string, startDate: string | null, endDate: string | null, status: OrderStatus, notes: string | null, bidId: number | null, awardedValue: { minorUnits: string, currency: string }, invoiced: { minorUnits: string, currency: string }, paid: { minorUnits: string, currency: string }, outstanding: { minorUnits: string, currency: string }, lines: Array<{ id: number, description: string, member: { id: number, name: string }, value: { minorUnits: string, currency: string }, originalValue: { minorUnits: string, currency: string }, invoiced: { minorUnits: string, currency: string }, paid: { minorUnits: string, currency: string }, outstanding: { minorUnits: string, currency: string }, milestones: Array<{ id: number, title: string, plannedDate: string, actualDate: string | null, status: MilestoneStatus, note: string | null }>, invoices: Array<{ id: number, kind: InvoiceKind, number: string, issueDate: string, creditsInvoiceId: number | null, note: string | null, amount: { minorUnits: string, currency: string }, outstanding: { minorUnits: string, currency: string }, payments: Array<{ id: number, kind: PaymentKind, date: string, note: string | null, reversesPaymentId: number | null, amount: { minorUnits: string, currency: string } }> }> }>, changeOrders: Array<{ id: number, orderLineId: number, reason: string, at: string, delta: { minorUnits: string, currency: string } }> }, moneyReports: Array<{ id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null }> };

export type MoneyReportsQueryVariables = Exact<{
  filter?: MoneyReportFilterInput | null | undefined;
}>;


export type MoneyReportsQuery = { moneyReports: Array<{ id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null }> };

export type RecordInvoiceMutationVariables = Exact<{
  input: RecordInvoiceInput;
}>;


export type RecordInvoiceMutation = { recordInvoice: { id: number, number: string } };

export type RecordCreditNoteMutationVariables = Exact<{
  input: RecordCreditNoteInput;
}>;


export type RecordCreditNoteMutation = { recordCreditNote: { id: number, number: string } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { id: number } };

export type ReversePaymentMutationVariables = Exact<{
  paymentId: number;
  date: string;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ReversePaymentMutation = { reversePayment: { id: number } };

export type ReportInvoiceMutationVariables = Exact<{
  input: RecordInvoiceInput;
}>;


export type ReportInvoiceMutation = { reportInvoice: { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null } };

export type ReportCreditNoteMutationVariables = Exact<{
  input: RecordCreditNoteInput;
}>;


export type ReportCreditNoteMutation = { reportCreditNote: { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null } };

export type ReportPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type ReportPaymentMutation = { reportPayment: { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null } };

export type ReportPaymentReversalMutationVariables = Exact<{
  paymentId: number;
  date: string;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ReportPaymentReversalMutation = { reportPaymentReversal: { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null } };

export type ConfirmMoneyReportMutationVariables = Exact<{
  id: number;
}>;


export type ConfirmMoneyReportMutation = { confirmMoneyReport: { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null } };

export type RejectMoneyReportMutationVariables = Exact<{
  id: number;
  reason: string;
}>;


export type RejectMoneyReportMutation = { rejectMoneyReport: { id: number, kind: MoneyReportKind, status: MoneyReportStatus, orderId: number, orderLineId: number | null, invoiceId: number | null, paymentId: number | null, number: string | null, date: string, note: string | null, reportedAt: string, decidedAt: string | null, rejectionReason: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } | null } };

export type UpdateMilestoneMutationVariables = Exact<{
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { updateMilestone: { id: number, status: MilestoneStatus, actualDate: string | null } };

export type DashboardQueryVariables = Exact<{
  filter?: PipelineFilterInput | null | undefined;
  members: number;
  risks: number;
}>;


export type DashboardQuery = { pipeline: { from: string, to: string, market: string | null, memberCount: number, riskCount: number, stages: Array<{ stage: string, count: number, value: { minorUnits: string, currency: string }, weighted: { minorUnits: string, currency: string } }>, otherCurrencies: Array<{ stage: string, currency: string, count: number }>, outcomes: { won: number, lost: number, winRateByCount: number | null, winRateByValue: number | null, wonEstimatedValue: { minorUnits: string, currency: string }, lostEstimatedValue: { minorUnits: string, currency: string } }, byMarket: Array<{ market: string, won: number, lost: number, wonEstimatedValue: { minorUnits: string, currency: string }, lostEstimatedValue: { minorUnits: string, currency: string } }>, trend: Array<{ month: string, won: number, lost: number, winRateByCount: number | null, weightedPipeline: { minorUnits: string, currency: string }, awardedValue: { minorUnits: string, currency: string } }>, members: Array<{ memberId: number, name: string, offered: number, accepted: number, shareOfAwarded: number, awardedValue: { minorUnits: string, currency: string } }>, fairSpread: { gini: number, activeMembers: number }, orders: { count: number, value: { minorUnits: string, currency: string }, invoiced: { minorUnits: string, currency: string }, paid: { minorUnits: string, currency: string }, outstanding: { minorUnits: string, currency: string } }, royalties: { accrued: { minorUnits: string, currency: string }, issued: { minorUnits: string, currency: string }, received: { minorUnits: string, currency: string }, outstanding: { minorUnits: string, currency: string } }, returnOnGrants: { ratio: number | null, grantsToPeriodEnd: { minorUnits: string, currency: string }, awardedToPeriodEnd: { minorUnits: string, currency: string } }, risks: Array<{ kind: string, orderId: number | null, bidId: number, workPackageId: number, memberName: string, certificate: string, validUntil: string, windowEnd: string }> } };

export type PipelineExportQueryVariables = Exact<{
  table: string;
  filter?: PipelineFilterInput | null | undefined;
}>;


export type PipelineExportQuery = { pipelineExport: string };

export type StatementRowFragment = { id: number, periodLabel: string, periodStart: string, periodEnd: string, status: RoyaltyStatementStatus, lineCount: number, issuedAt: string | null, paidAt: string | null, member: { id: number, name: string }, total: { minorUnits: string, currency: string } };

export type RoyaltiesQueryVariables = Exact<{
  filter?: RoyaltyStatementFilter | null | undefined;
}>;


export type RoyaltiesQuery = { royaltyAgreement: { default: { id: number, rateBp: number, basis: string, amountKind: string, validFrom: string } | null, all: Array<{ id: number, scope: string, orderId: number | null, validFrom: string, rateBp: number, basis: string, amountKind: string, note: string | null, member: { id: number, name: string } | null, minimumOrderValue: { minorUnits: string, currency: string } | null }> }, royaltyStatements: Array<{ id: number, periodLabel: string, periodStart: string, periodEnd: string, status: RoyaltyStatementStatus, lineCount: number, issuedAt: string | null, paidAt: string | null, member: { id: number, name: string }, total: { minorUnits: string, currency: string } }>, royaltyTotalOwed: { minorUnits: string, currency: string } };

export type RoyaltyLedgerQueryVariables = Exact<{
  filter?: RoyaltyLedgerFilter | null | undefined;
}>;


export type RoyaltyLedgerQuery = { royaltyLedger: Array<{ id: number, kind: RoyaltyLedgerKind, date: string, statementId: number | null, period: string | null, note: string | null, member: { id: number, name: string }, amount: { minorUnits: string, currency: string } }> };

export type RoyaltyLedgerCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type RoyaltyLedgerCheckQuery = { royaltyLedgerCheck: { ok: boolean, problems: Array<string>, statementsChecked: number, ledgerEntries: number } };

export type OurRoyaltiesQueryVariables = Exact<{
  firmId: number;
}>;


export type OurRoyaltiesQuery = { royaltyStatements: Array<{ id: number, periodLabel: string, periodStart: string, periodEnd: string, status: RoyaltyStatementStatus, lineCount: number, issuedAt: string | null, paidAt: string | null, member: { id: number, name: string }, total: { minorUnits: string, currency: string } }>, royaltyBalance: { minorUnits: string, currency: string }, royaltyLedger: Array<{ id: number, kind: RoyaltyLedgerKind, date: string, statementId: number | null, note: string | null, amount: { minorUnits: string, currency: string } }> };

export type RoyaltyStatementQueryVariables = Exact<{
  id: number;
}>;


export type RoyaltyStatementQuery = { royaltyStatement: { id: number, periodLabel: string, periodStart: string, periodEnd: string, status: RoyaltyStatementStatus, lineCount: number, issuedAt: string | null, paidAt: string | null, lines: Array<{ id: number, eventDate: string, sourceType: string, sourceId: number, orderId: number, orderLineId: number, rateBp: number, adjustment: boolean, note: string | null, sourceAmount: { minorUnits: string, currency: string }, base: { minorUnits: string, currency: string }, royalty: { minorUnits: string, currency: string } }>, member: { id: number, name: string }, total: { minorUnits: string, currency: string } } };

export type RoyaltyFirmsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoyaltyFirmsQuery = { members: { nodes: Array<{ id: number, name: string }> } };

export type RunRoyaltiesMutationVariables = Exact<{
  period: string;
}>;


export type RunRoyaltiesMutation = { runRoyaltyStatements: { period: string, statements: number, lines: number, adjustments: number, skippedIssued: number, total: { minorUnits: string, currency: string } } };

export type IssueStatementMutationVariables = Exact<{
  id: number;
}>;


export type IssueStatementMutation = { issueRoyaltyStatement: { id: number, periodLabel: string, periodStart: string, periodEnd: string, status: RoyaltyStatementStatus, lineCount: number, issuedAt: string | null, paidAt: string | null, member: { id: number, name: string }, total: { minorUnits: string, currency: string } } };

export type MarkStatementPaidMutationVariables = Exact<{
  id: number;
  paidOn?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type MarkStatementPaidMutation = { markRoyaltyStatementPaid: { id: number, periodLabel: string, periodStart: string, periodEnd: string, status: RoyaltyStatementStatus, lineCount: number, issuedAt: string | null, paidAt: string | null, member: { id: number, name: string }, total: { minorUnits: string, currency: string } } };

export type SetRoyaltyAgreementMutationVariables = Exact<{
  input: SetRoyaltyAgreementInput;
}>;


export type SetRoyaltyAgreementMutation = { setRoyaltyAgreement: { id: number } };

export type RoyaltyExportQueryVariables = Exact<{
  kind: string;
  period?: string | null | undefined;
}>;


export type RoyaltyExportQuery = { royaltyExport: string };

export type DecisionCardFragment = { id: number, kind: DecisionKind, question: string, status: DecisionStatus, result: string | null, tieBrokenByChair: boolean, committeeSize: number, chairUserId: number | null, quorum: number, voted: number, yes: number, no: number, abstain: number, openedAt: string, closedAt: string | null, members: Array<{ id: number, name: string }>, votes: Array<{ userId: number, vote: string, comment: string | null, at: string }>, tender: { id: number, title: string, buyerName: string, market: Market, stage: TenderStage, deadline: string | null, estimatedValue: { minorUnits: string, currency: string } | null, weightedValue: { minorUnits: string, currency: string } | null } | null, bid: { id: number, title: string, status: BidStatus } | null, bidPrice: { minorUnits: string, currency: string } | null };

export type DecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionsQuery = { steeringDecisions: Array<{ id: number, kind: DecisionKind, question: string, status: DecisionStatus, result: string | null, tieBrokenByChair: boolean, committeeSize: number, chairUserId: number | null, quorum: number, voted: number, yes: number, no: number, abstain: number, openedAt: string, closedAt: string | null, members: Array<{ id: number, name: string }>, votes: Array<{ userId: number, vote: string, comment: string | null, at: string }>, tender: { id: number, title: string, buyerName: string, market: Market, stage: TenderStage, deadline: string | null, estimatedValue: { minorUnits: string, currency: string } | null, weightedValue: { minorUnits: string, currency: string } | null } | null, bid: { id: number, title: string, status: BidStatus } | null, bidPrice: { minorUnits: string, currency: string } | null }> };

export type CastVoteMutationVariables = Exact<{
  decisionId: number;
  vote: Vote;
  comment?: string | null | undefined;
}>;


export type CastVoteMutation = { castVote: { id: number, kind: DecisionKind, question: string, status: DecisionStatus, result: string | null, tieBrokenByChair: boolean, committeeSize: number, chairUserId: number | null, quorum: number, voted: number, yes: number, no: number, abstain: number, openedAt: string, closedAt: string | null, members: Array<{ id: number, name: string }>, votes: Array<{ userId: number, vote: string, comment: string | null, at: string }>, tender: { id: number, title: string, buyerName: string, market: Market, stage: TenderStage, deadline: string | null, estimatedValue: { minorUnits: string, currency: string } | null, weightedValue: { minorUnits: string, currency: string } | null } | null, bid: { id: number, title: string, status: BidStatus } | null, bidPrice: { minorUnits: string, currency: string } | null } };

export type CloseDecisionMutationVariables = Exact<{
  decisionId: number;
}>;


export type CloseDecisionMutation = { closeSteeringDecision: { id: number, kind: DecisionKind, question: string, status: DecisionStatus, result: string | null, tieBrokenByChair: boolean, committeeSize: number, chairUserId: number | null, quorum: number, voted: number, yes: number, no: number, abstain: number, openedAt: string, closedAt: string | null, members: Array<{ id: number, name: string }>, votes: Array<{ userId: number, vote: string, comment: string | null, at: string }>, tender: { id: number, title: string, buyerName: string, market: Market, stage: TenderStage, deadline: string | null, estimatedValue: { minorUnits: string, currency: string } | null, weightedValue: { minorUnits: string, currency: string } | null } | null, bid: { id: number, title: string, status: BidStatus } | null, bidPrice: { minorUnits: string, currency: string } | null } };

export type TendersQueryVariables = Exact<{
  filter?: TenderFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type TendersQuery = { tenders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: number, title: string, buyerName: string, market: Market, stage: TenderStage, deadline: string | null, daysToDeadline: number | null, estimatedValue: { minorUnits: string, currency: string } | null }> } };

export type CreateTenderMutationVariables = Exact<{
  input: CreateTenderInput;
}>;


export type CreateTenderMutation = { createTender: { id: number } };

export type TenderQueryVariables = Exact<{
  id: number;
}>;


export type TenderQuery = { tender: { id: number, title: string, description: string | null, buyerName: string, market: Market, stage: TenderStage, nextStages: Array<TenderStage>, deadline: string | null, daysToDeadline: number | null, referenceUrl: string | null, clearanceLevel: ClearanceLevel | null, exportControlled: boolean, version: number, estimatedValue: { minorUnits: string, currency: string } | null, weightedValue: { minorUnits: string, currency: string } | null, requirements: Array<{ id: number, capabilityCode: string, description: string | null, hours: number, mandatory: boolean, indivisible: boolean, windowStart: string, windowEnd: string, draft: boolean, requiredCertificates: Array<{ type: CertificateType }> }> }, bids: Array<{ id: number, title: string, status: BidStatus }>, capabilityCatalogue: Array<{ code: string, nameNb: string, nameEn: string }> };

export type AddRequirementMutationVariables = Exact<{
  input: AddRequirementInput;
}>;


export type AddRequirementMutation = { addRequirement: { id: number } };

export type RemoveRequirementMutationVariables = Exact<{
  id: number;
}>;


export type RemoveRequirementMutation = { removeRequirement: boolean };

export type MoveTenderStageMutationVariables = Exact<{
  input: MoveTenderStageInput;
}>;


export type MoveTenderStageMutation = { moveTenderStage: { id: number, stage: TenderStage, nextStages: Array<TenderStage>, version: number } };

export type AskForGoMutationVariables = Exact<{
  tenderId: number;
}>;


export type AskForGoMutation = { openSteeringDecision: { id: number } };

export type InboxPackageFragment = { id: number, title: string, scope: string | null, status: WorkPackageStatus, hours: number, windowStart: string, windowEnd: string, responseDeadline: string | null, offeredAt: string | null, respondedAt: string | null, declineReason: string | null, counterComment: string | null, counterWindowStart: string | null, counterWindowEnd: string | null, version: number, price: { minorUnits: string, currency: string } | null, counterPrice: { minorUnits: string, currency: string } | null, tender: { id: number, title: string, buyerName: string, deadline: string | null, market: Market, referenceUrl: string | null, clearanceLevel: ClearanceLevel | null, exportControlled: boolean }, requirements: Array<{ requirementId: number, hours: number, requirement: { id: number, capabilityCode: string, description: string | null, mandatory: boolean, requiredCertificates: Array<{ type: CertificateType }> } }>, history: Array<{ id: number, kind: string, at: string, comment: string | null, price: { minorUnits: string, currency: string } | null }> };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { myWorkPackages: Array<{ id: number, title: string, scope: string | null, status: WorkPackageStatus, hours: number, windowStart: string, windowEnd: string, responseDeadline: string | null, offeredAt: string | null, respondedAt: string | null, declineReason: string | null, counterComment: string | null, counterWindowStart: string | null, counterWindowEnd: string | null, version: number, price: { minorUnits: string, currency: string } | null, counterPrice: { minorUnits: string, currency: string } | null, tender: { id: number, title: string, buyerName: string, deadline: string | null, market: Market, referenceUrl: string | null, clearanceLevel: ClearanceLevel | null, exportControlled: boolean }, requirements: Array<{ requirementId: number, hours: number, requirement: { id: number, capabilityCode: string, description: string | null, mandatory: boolean, requiredCertificates: Array<{ type: CertificateType }> } }>, history: Array<{ id: number, kind: string, at: string, comment: string | null, price: { minorUnits: string, currency: string } | null }> }> };

export type RespondToWorkPackageMutationVariables = Exact<{
  input: RespondToWorkPackageInput;
}>;


export type RespondToWorkPackageMutation = { respondToWorkPackage: { id: number, title: string, scope: string | null, status: WorkPackageStatus, hours: number, windowStart: string, windowEnd: string, responseDeadline: string | null, offeredAt: string | null, respondedAt: string | null, declineReason: string | null, counterComment: string | null, counterWindowStart: string | null, counterWindowEnd: string | null, version: number, price: { minorUnits: string, currency: string } | null, counterPrice: { minorUnits: string, currency: string } | null, tender: { id: number, title: string, buyerName: string, deadline: string | null, market: Market, referenceUrl: string | null, clearanceLevel: ClearanceLevel | null, exportControlled: boolean }, requirements: Array<{ requirementId: number, hours: number, requirement: { id: number, capabilityCode: string, description: string | null, mandatory: boolean, requiredCertificates: Array<{ type: CertificateType }> } }>, history: Array<{ id: number, kind: string, at: string, comment: string | null, price: { minorUnits: string, currency: string } | null }> } };

export type ErrorReasonOfApiFragment = { reason: ErrorReason };

export type FieldRuleOfApiFragment = { rule: FieldRule };

export type CatalogueNamesFragment = { capabilityCatalogue: Array<{ code: string, nameNb: string, nameEn: string }> };

export type SetMyLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetMyLanguageMutation = { setMyLanguage: { id: number, displayName: string, email: string, role: Role, language: Language, firm: { id: number, name: string } | null } };

export type SessionUserFragment = { id: number, displayName: string, email: string, role: Role, language: Language, firm: { id: number, name: string } | null };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { token: string, expiresAt: string, user: { id: number, displayName: string, email: string, role: Role, language: Language, firm: { id: number, name: string } | null } } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { token: string, expiresAt: string, user: { id: number, displayName: string, email: string, role: Role, language: Language, firm: { id: number, name: string } | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { logout: boolean };

export const AuditRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditRowFragment, unknown>;
export const BrochureRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrochureRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brochure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"statedDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tenderId"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}}]}}]} as unknown as DocumentNode<BrochureRowFragment, unknown>;
export const PostingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PostingRowFragment, unknown>;
export const MatchRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postingId"}},{"kind":"Field","name":{"kind":"Name","value":"availableHours"}},{"kind":"Field","name":{"kind":"Name","value":"coveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"coversFully"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"}},{"kind":"Field","name":{"kind":"Name","value":"overlapStart"}},{"kind":"Field","name":{"kind":"Name","value":"overlapEnd"}}]}}]} as unknown as DocumentNode<MatchRowFragment, unknown>;
export const AgreementRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lenderId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerId"}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lenderConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerConfirmedAt"}}]}}]} as unknown as DocumentNode<AgreementRowFragment, unknown>;
export const IneligibilityReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IneligibilityReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IneligibilityReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"process"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]} as unknown as DocumentNode<IneligibilityReasonFieldsFragment, unknown>;
export const MoneyReportRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<MoneyReportRowFragment, unknown>;
export const StatementRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<StatementRowFragment, unknown>;
export const DecisionCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SteeringDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"tieBrokenByChair"}},{"kind":"Field","name":{"kind":"Name","value":"committeeSize"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bidPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<DecisionCardFragment, unknown>;
export const InboxPackageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterComment"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"referenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"exportControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<InboxPackageFragment, unknown>;
export const ErrorReasonOfApiFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorReasonOfApi"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorReasonInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<ErrorReasonOfApiFragment, unknown>;
export const FieldRuleOfApiFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FieldRuleOfApi"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldRuleInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]} as unknown as DocumentNode<FieldRuleOfApiFragment, unknown>;
export const CatalogueNamesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CatalogueNamesFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"}},{"kind":"Field","name":{"kind":"Name","value":"latestFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceApproval"}},{"kind":"Field","name":{"kind":"Name","value":"openDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const BoardAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardAreasQuery, BoardAreasQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceApproval"}},{"kind":"Field","name":{"kind":"Name","value":"openDecisionId"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"}},{"kind":"Field","name":{"kind":"Name","value":"projectLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalsMet"}},{"kind":"Field","name":{"kind":"Name","value":"goalsComment"}},{"kind":"Field","name":{"kind":"Name","value":"lessons"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordersWonCount"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ordersWon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnPerKroneSpent"}},{"kind":"Field","name":{"kind":"Name","value":"returnPerKroneGrant"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityQuery, ActivityQueryVariables>;
export const ActivityDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steeringDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ACTIVITY_APPROVAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"committeeSize"}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"voter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDecisionQuery, ActivityDecisionQueryVariables>;
export const OpenActivityApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenActivityApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSteeringDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ACTIVITY_APPROVAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenActivityApprovalMutation, OpenActivityApprovalMutationVariables>;
export const CastActivityVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastActivityVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}}]}}]} as unknown as DocumentNode<CastActivityVoteMutation, CastActivityVoteMutationVariables>;
export const CloseActivityDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseActivityDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSteeringDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<CloseActivityDecisionMutation, CloseActivityDecisionMutationVariables>;
export const RecordActivityStatusReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivityStatusReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatusReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivityStatusReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"}}]}}]}}]} as unknown as DocumentNode<RecordActivityStatusReportMutation, RecordActivityStatusReportMutationVariables>;
export const CloseActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseActivityMutation, CloseActivityMutationVariables>;
export const ActivityPlanOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityPlanOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steeringCommittee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityPlanOptionsQuery, ActivityPlanOptionsQueryVariables>;
export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivityPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivityPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedSinceApproval"}},{"kind":"Field","name":{"kind":"Name","value":"budgetTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateActivityPlanMutation, UpdateActivityPlanMutationVariables>;
export const AuditProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asSupplier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditProgramme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"horizonEnd"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"needCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionCount"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedDate"}},{"kind":"Field","name":{"kind":"Name","value":"auditsSaved"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedLeadMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastAuditedOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"sources"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAuditId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ofUs"},"name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"supplierMemberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supplierId"}}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asSupplier"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"supplierConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditProgrammeQuery, AuditProgrammeQueryVariables>;
export const AuditorCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditorCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditorCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AuditorCandidatesQuery, AuditorCandidatesQueryVariables>;
export const ProposeAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeAuditMutation, ProposeAuditMutationVariables>;
export const AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"supplierMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"leadMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"reportUrl"}},{"kind":"Field","alias":{"kind":"Name","value":"reportUrlEn"},"name":{"kind":"Name","value":"reportUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadAuditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]}}]} as unknown as DocumentNode<AuditQuery, AuditQueryVariables>;
export const AcceptAuditRelianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAuditReliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAuditReliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptAuditRelianceMutation, AcceptAuditRelianceMutationVariables>;
export const DeclineAuditRelianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAuditReliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineAuditRelianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAuditReliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineAuditRelianceMutation, DeclineAuditRelianceMutationVariables>;
export const ConfirmAuditDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAuditDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAuditDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierConfirmed"}}]}}]}}]} as unknown as DocumentNode<ConfirmAuditDateMutation, ConfirmAuditDateMutationVariables>;
export const MarkAuditDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAuditDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAuditDoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAuditDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]} as unknown as DocumentNode<MarkAuditDoneMutation, MarkAuditDoneMutationVariables>;
export const RecordAuditFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuditFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordAuditFindingMutation, RecordAuditFindingMutationVariables>;
export const ReportAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]} as unknown as DocumentNode<ReportAuditMutation, ReportAuditMutationVariables>;
export const RespondToAuditFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToAuditFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceSubmittedAt"}}]}}]}}]} as unknown as DocumentNode<RespondToAuditFindingMutation, RespondToAuditFindingMutationVariables>;
export const CloseAuditFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAuditFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]} as unknown as DocumentNode<CloseAuditFindingMutation, CloseAuditFindingMutationVariables>;
export const BidBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BidBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterComment"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceBuildUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packagesTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contingency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bidPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectedRoyalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"unpricedPackages"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bidId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"workPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedHours"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHours"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<BidBoardQuery, BidBoardQueryVariables>;
export const OfferWorkPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferWorkPackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerWorkPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cautions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workPackage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<OfferWorkPackagesMutation, OfferWorkPackagesMutationVariables>;
export const AcceptCounterOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptCounterOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCounterOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptCounterOfferMutation, AcceptCounterOfferMutationVariables>;
export const ReassignmentCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReassignmentCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignmentCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workPackageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredHours"}}]}}]}}]} as unknown as DocumentNode<ReassignmentCandidatesQuery, ReassignmentCandidatesQueryVariables>;
export const ReassignWorkPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignWorkPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"price"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MinorUnits"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignWorkPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"price"},"value":{"kind":"Variable","name":{"kind":"Name","value":"price"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReassignWorkPackageMutation, ReassignWorkPackageMutationVariables>;
export const SetPackagePriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPackagePrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetPackagePriceMutation, SetPackagePriceMutationVariables>;
export const MarkBidReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkBidReady"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markBidReady"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bidId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkBidReadyMutation, MarkBidReadyMutationVariables>;
export const AskForApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskForApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bidId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSteeringDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"BID_APPROVAL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"bidId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bidId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AskForApprovalMutation, AskForApprovalMutationVariables>;
export const BrochuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Brochures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brochures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrochureRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleNb"}},{"kind":"Field","name":{"kind":"Name","value":"roleEn"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrochureRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brochure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"statedDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tenderId"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}}]}}]} as unknown as DocumentNode<BrochuresQuery, BrochuresQueryVariables>;
export const BrochureTendersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrochureTenders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stages"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GO"},{"kind":"EnumValue","value":"BID_IN_PREPARATION"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"WON"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<BrochureTendersQuery, BrochureTendersQueryVariables>;
export const BrochureTenderBidsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrochureTenderBids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tenderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BrochureTenderBidsQuery, BrochureTenderBidsQueryVariables>;
export const GenerateBrochureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateBrochure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateBrochureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateBrochure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BrochureRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BrochureRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Brochure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"statedDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tenderId"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}}]}}]} as unknown as DocumentNode<GenerateBrochureMutation, GenerateBrochureMutationVariables>;
export const NetworkContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleNb"}},{"kind":"Field","name":{"kind":"Name","value":"roleEn"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<NetworkContactQuery, NetworkContactQueryVariables>;
export const SetNetworkContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNetworkContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNetworkContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roleNb"}},{"kind":"Field","name":{"kind":"Name","value":"roleEn"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetNetworkContactMutation, SetNetworkContactMutationVariables>;
export const ExchangeBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeBoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ExchangeBoardQuery, ExchangeBoardQueryVariables>;
export const OurExchangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OurExchange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangePostingsOfFirm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"loanAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lenderId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerId"}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lenderConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerConfirmedAt"}}]}}]} as unknown as DocumentNode<OurExchangeQuery, OurExchangeQueryVariables>;
export const AllAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lenderId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerId"}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lenderConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerConfirmedAt"}}]}}]} as unknown as DocumentNode<AllAgreementsQuery, AllAgreementsQueryVariables>;
export const ExchangeMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postingId"}},{"kind":"Field","name":{"kind":"Name","value":"availableHours"}},{"kind":"Field","name":{"kind":"Name","value":"coveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"coversFully"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"}},{"kind":"Field","name":{"kind":"Name","value":"overlapStart"}},{"kind":"Field","name":{"kind":"Name","value":"overlapEnd"}}]}}]} as unknown as DocumentNode<ExchangeMatchesQuery, ExchangeMatchesQueryVariables>;
export const ExchangeNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capabilityCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"capabilityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capabilityCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postingId"}},{"kind":"Field","name":{"kind":"Name","value":"availableHours"}},{"kind":"Field","name":{"kind":"Name","value":"coveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"coversFully"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"}},{"kind":"Field","name":{"kind":"Name","value":"overlapStart"}},{"kind":"Field","name":{"kind":"Name","value":"overlapEnd"}}]}}]} as unknown as DocumentNode<ExchangeNeedsQuery, ExchangeNeedsQueryVariables>;
export const PostExchangeOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostExchangeOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostExchangeOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postExchangeOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PostExchangeOfferMutation, PostExchangeOfferMutationVariables>;
export const PostExchangeNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostExchangeNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostExchangeNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postExchangeNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PostExchangeNeedMutation, PostExchangeNeedMutationVariables>;
export const WithdrawExchangePostingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawExchangePosting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawExchangePosting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangePosting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAgreed"}},{"kind":"Field","name":{"kind":"Name","value":"hoursOpen"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<WithdrawExchangePostingMutation, WithdrawExchangePostingMutationVariables>;
export const ProposeLoanAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeLoanAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeLoanAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeLoanAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeLoanAgreementMutation, ProposeLoanAgreementMutationVariables>;
export const LoanAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoanAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loanAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow"}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"boardDecision"}},{"kind":"Field","name":{"kind":"Name","value":"pricingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"markupBp"}},{"kind":"Field","name":{"kind":"Name","value":"nonSolicitationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"nonSolicitationUntil"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFeeBp"}},{"kind":"Field","name":{"kind":"Name","value":"serviceFeePaidBy"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hoursReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoanAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lenderId"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerId"}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lenderConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerConfirmedAt"}}]}}]} as unknown as DocumentNode<LoanAgreementQuery, LoanAgreementQueryVariables>;
export const ConfirmLoanAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmLoanAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLoanAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lenderConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"borrowerConfirmedAt"}}]}}]}}]} as unknown as DocumentNode<ConfirmLoanAgreementMutation, ConfirmLoanAgreementMutationVariables>;
export const DeclineLoanAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineLoanAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineLoanAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DeclineLoanAgreementMutation, DeclineLoanAgreementMutationVariables>;
export const ReportLoanHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportLoanHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLoanHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportLoanHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportLoanHoursMutation, ReportLoanHoursMutationVariables>;
export const ConfirmLoanHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmLoanHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLoanHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmLoanHoursMutation, ConfirmLoanHoursMutationVariables>;
export const RejectLoanHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectLoanHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLoanHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}}]}}]}}]} as unknown as DocumentNode<RejectLoanHoursMutation, RejectLoanHoursMutationVariables>;
export const ExchangeSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalFees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borrower"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerHour"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debtor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExchangeSettlementQuery, ExchangeSettlementQueryVariables>;
export const ExchangeSettlementExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExchangeSettlementExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CsvFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeSettlementExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<ExchangeSettlementExportQuery, ExchangeSettlementExportQueryVariables>;
export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ChangeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const AuditRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecordFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<AuditRecordsQuery, AuditRecordsQueryVariables>;
export const SuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestConsortia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"alternatives"},"value":{"kind":"IntValue","value":"3"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"candidateFirms"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"firmCount"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredHours"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredMandatoryHours"}},{"kind":"Field","name":{"kind":"Name","value":"provenOptimal"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleFirmIds"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certificateType"}},{"kind":"Field","name":{"kind":"Name","value":"auditId"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IneligibilityReasonFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"gapHours"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"maxFirms"}},{"kind":"Field","name":{"kind":"Name","value":"excludedEligibleFirmIds"}},{"kind":"Field","name":{"kind":"Name","value":"nearestMiss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmId"}},{"kind":"Field","name":{"kind":"Name","value":"firmName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IneligibilityReasonFields"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IneligibilityReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IneligibilityReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"process"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"freeHours"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SuggestionQuery, SuggestionQueryVariables>;
export const ComposeBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComposeBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBidFromSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBidFromSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ComposeBidMutation, ComposeBidMutationVariables>;
export const OurFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OurFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNb"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"employeeBand"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"keyEquipment"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"auditWarnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OurFirmQuery, OurFirmQueryVariables>;
export const UpdateOurFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOurFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNb"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOurFirmMutation, UpdateOurFirmMutationVariables>;
export const SetOurCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOurCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<SetOurCapabilityMutation, SetOurCapabilityMutationVariables>;
export const UpdateOurCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOurCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}}]}}]}}]} as unknown as DocumentNode<UpdateOurCertificateMutation, UpdateOurCertificateMutationVariables>;
export const MemberRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"employeeBand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MemberRegisterQuery, MemberRegisterQueryVariables>;
export const MemberProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ncage"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNb"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"employeeBand"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"keyEquipment"}},{"kind":"Field","name":{"kind":"Name","value":"keyEquipmentEn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelEn"}},{"kind":"Field","name":{"kind":"Name","value":"capacityHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"daysToExpiry"}}]}}]}}]}}]} as unknown as DocumentNode<MemberProfileQuery, MemberProfileQueryVariables>;
export const MembershipDuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipDues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipDues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"unbanded"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"employeesMin"}},{"kind":"Field","name":{"kind":"Name","value":"employeesMax"}},{"kind":"Field","name":{"kind":"Name","value":"membershipFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"owedThroughYear"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resignedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membershipFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipDuesQuery, MembershipDuesQueryVariables>;
export const SetMembershipDuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMembershipDues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipDuesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembershipDues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<SetMembershipDuesMutation, SetMembershipDuesMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"contractReference"}},{"kind":"Field","name":{"kind":"Name","value":"awardDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"contractReference"}},{"kind":"Field","name":{"kind":"Name","value":"awardDate"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"actualDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"creditsInvoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reversesPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"delta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moneyReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const MoneyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReportFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moneyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<MoneyReportsQuery, MoneyReportsQueryVariables>;
export const RecordInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RecordInvoiceMutation, RecordInvoiceMutationVariables>;
export const RecordCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RecordCreditNoteMutation, RecordCreditNoteMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ReversePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReversePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReversePaymentMutation, ReversePaymentMutationVariables>;
export const ReportInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ReportInvoiceMutation, ReportInvoiceMutationVariables>;
export const ReportCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ReportCreditNoteMutation, ReportCreditNoteMutationVariables>;
export const ReportPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ReportPaymentMutation, ReportPaymentMutationVariables>;
export const ReportPaymentReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportPaymentReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPaymentReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ReportPaymentReversalMutation, ReportPaymentReversalMutationVariables>;
export const ConfirmMoneyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMoneyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMoneyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ConfirmMoneyReportMutation, ConfirmMoneyReportMutationVariables>;
export const RejectMoneyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMoneyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMoneyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoneyReportRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoneyReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoneyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<RejectMoneyReportMutation, RejectMoneyReportMutationVariables>;
export const UpdateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actualDate"}}]}}]}}]} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"members"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"risks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weighted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherCurrencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"winRateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"winRateByValue"}},{"kind":"Field","name":{"kind":"Name","value":"wonEstimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostEstimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMarket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"wonEstimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lostEstimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"winRateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"weightedPipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"members"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"AWARDED_VALUE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"awardedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fairSpread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gini"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"royalties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accrued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"received"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnOnGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"grantsToPeriodEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardedToPeriodEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskCount"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"risks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}},{"kind":"Field","name":{"kind":"Name","value":"workPackageId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const PipelineExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"table"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PipelineFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"table"},"value":{"kind":"Variable","name":{"kind":"Name","value":"table"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<PipelineExportQuery, PipelineExportQueryVariables>;
export const RoyaltiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Royalties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatementFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"default"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amountKind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"all"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amountKind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrderValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyTotalOwed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<RoyaltiesQuery, RoyaltiesQueryVariables>;
export const RoyaltyLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoyaltyLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyLedgerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<RoyaltyLedgerQuery, RoyaltyLedgerQueryVariables>;
export const RoyaltyLedgerCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoyaltyLedgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyLedgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"statementsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"}}]}}]}}]} as unknown as DocumentNode<RoyaltyLedgerCheckQuery, RoyaltyLedgerCheckQueryVariables>;
export const OurRoyaltiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OurRoyalties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royaltyLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"statementId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<OurRoyaltiesQuery, OurRoyaltiesQueryVariables>;
export const RoyaltyStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoyaltyStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementRow"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"rateBp"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"royalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<RoyaltyStatementQuery, RoyaltyStatementQueryVariables>;
export const RoyaltyFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoyaltyFirms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RoyaltyFirmsQuery, RoyaltyFirmsQueryVariables>;
export const RunRoyaltiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRoyalties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runRoyaltyStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"statements"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"}},{"kind":"Field","name":{"kind":"Name","value":"skippedIssued"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<RunRoyaltiesMutation, RunRoyaltiesMutationVariables>;
export const IssueStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRoyaltyStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<IssueStatementMutation, IssueStatementMutationVariables>;
export const MarkStatementPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkStatementPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRoyaltyStatementPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoyaltyStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<MarkStatementPaidMutation, MarkStatementPaidMutationVariables>;
export const SetRoyaltyAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoyaltyAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoyaltyAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoyaltyAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetRoyaltyAgreementMutation, SetRoyaltyAgreementMutationVariables>;
export const RoyaltyExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoyaltyExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"royaltyExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}]}}]} as unknown as DocumentNode<RoyaltyExportQuery, RoyaltyExportQueryVariables>;
export const DecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steeringDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SteeringDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"tieBrokenByChair"}},{"kind":"Field","name":{"kind":"Name","value":"committeeSize"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bidPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<DecisionsQuery, DecisionsQueryVariables>;
export const CastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vote"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vote"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SteeringDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"tieBrokenByChair"}},{"kind":"Field","name":{"kind":"Name","value":"committeeSize"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bidPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const CloseDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSteeringDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SteeringDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"tieBrokenByChair"}},{"kind":"Field","name":{"kind":"Name","value":"committeeSize"}},{"kind":"Field","name":{"kind":"Name","value":"chairUserId"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bidPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<CloseDecisionMutation, CloseDecisionMutationVariables>;
export const TendersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tenders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TenderFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysToDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TendersQuery, TendersQueryVariables>;
export const CreateTenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTenderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTenderMutation, CreateTenderMutationVariables>;
export const TenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tender"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nextStages"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysToDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"referenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"exportControlled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightedValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"indivisible"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tenderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueNames"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueNames"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TenderQuery, TenderQueryVariables>;
export const AddRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRequirementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRequirementMutation, AddRequirementMutationVariables>;
export const RemoveRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveRequirementMutation, RemoveRequirementMutationVariables>;
export const MoveTenderStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTenderStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveTenderStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveTenderStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"nextStages"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveTenderStageMutation, MoveTenderStageMutationVariables>;
export const AskForGoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskForGo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSteeringDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"TENDER_GO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"tenderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenderId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AskForGoMutation, AskForGoMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxPackage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterComment"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"referenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"exportControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const RespondToWorkPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToWorkPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToWorkPackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToWorkPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxPackage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"counterComment"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowStart"}},{"kind":"Field","name":{"kind":"Name","value":"counterWindowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"buyerName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"market"}},{"kind":"Field","name":{"kind":"Name","value":"referenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"clearanceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"exportControlled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minorUnits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToWorkPackageMutation, RespondToWorkPackageMutationVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;