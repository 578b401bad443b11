import { registerEnumType } from '@nestjs/graphql';

/**
 * Why an operation was refused, more precisely than its code: `extensions.details.reason` of an
 * error carries one of these, so a client can switch on it. Every reason thrown anywhere is a
 * member (error-reason.spec.ts scans the source; `ErrorDetails.reason` only takes this type), and
 * the schema publishes each with its meaning (`enum ErrorReason`, `Query.errorReasons`).
 */
export enum ErrorReason {
  // signing in and sessions
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  TOKEN_INVALID = 'TOKEN_INVALID',
  SESSION_ENDED = 'SESSION_ENDED',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  NOT_YOUR_FIRM = 'NOT_YOUR_FIRM',
  // requests and money in general
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  CHANGED_MEANWHILE = 'CHANGED_MEANWHILE',
  WRONG_STATUS = 'WRONG_STATUS',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  // tenders and steering
  NOT_DECIDED = 'NOT_DECIDED',
  DISQUALIFIED = 'DISQUALIFIED',
  NO_QUORUM = 'NO_QUORUM',
  // bids and work packages
  SUGGESTION_CHANGED = 'SUGGESTION_CHANGED',
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  NOT_READY = 'NOT_READY',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  // brochures
  NO_NETWORK_CONTACT = 'NO_NETWORK_CONTACT',
  // the capacity exchange
  INACTIVE_MEMBER = 'INACTIVE_MEMBER',
  POSTING_CLOSED = 'POSTING_CLOSED',
  ALREADY_WITHDRAWN = 'ALREADY_WITHDRAWN',
  NO_EXCHANGE_TERMS = 'NO_EXCHANGE_TERMS',
  NOT_PROPOSED = 'NOT_PROPOSED',
  ALREADY_CONFIRMED = 'ALREADY_CONFIRMED',
  OFFER_HOURS_TAKEN = 'OFFER_HOURS_TAKEN',
  NO_FREE_CAPACITY = 'NO_FREE_CAPACITY',
  WRONG_STATE = 'WRONG_STATE',
  HOURS_REPORTED = 'HOURS_REPORTED',
  HOURS_PENDING = 'HOURS_PENDING',
  NOT_IN_FORCE = 'NOT_IN_FORCE',
  NOT_REPORTED = 'NOT_REPORTED',
  // supplier audits
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  NOT_YOUR_REGISTER = 'NOT_YOUR_REGISTER',
  NOT_A_PROPOSER = 'NOT_A_PROPOSER',
  NOT_A_PARTY = 'NOT_A_PARTY',
  NOT_A_PLANNER = 'NOT_A_PLANNER',
  NOT_A_FIRM_USER = 'NOT_A_FIRM_USER',
  NOT_LEAD_FIRM = 'NOT_LEAD_FIRM',
  NOT_INVITED = 'NOT_INVITED',
  NOT_SUPPLIER = 'NOT_SUPPLIER',
  ALREADY_PARTICIPATING = 'ALREADY_PARTICIPATING',
  ALREADY_ON_AN_AUDIT = 'ALREADY_ON_AN_AUDIT',
  LAST_RELYING_MEMBER = 'LAST_RELYING_MEMBER',
  NO_RELYING_MEMBER = 'NO_RELYING_MEMBER',
  NOT_CONFIRMED_BY_SUPPLIER = 'NOT_CONFIRMED_BY_SUPPLIER',
  WRONG_AUDIT_STATUS = 'WRONG_AUDIT_STATUS',
  FINDING_CLOSED = 'FINDING_CLOSED',
  NO_REPORT_YET = 'NO_REPORT_YET',
}

/** What each reason means, for the schema and for `Query.errorReasons`. */
export const ERROR_REASON_DESCRIPTIONS: Record<ErrorReason, string> = {
  NOT_SIGNED_IN: 'UNAUTHENTICATED: no token was sent. Sign in.',
  TOKEN_EXPIRED: 'UNAUTHENTICATED: the access token has run out. Renew the session (refreshSession) or sign in again.',
  TOKEN_INVALID: 'UNAUTHENTICATED: the token is not one this server issued (signature, issuer, audience or algorithm). Sign in again.',
  SESSION_ENDED:
    'UNAUTHENTICATED: the session was ended (signed out, password or role changed, user deactivated, or a used refresh token replayed). Sign in again.',
  ROLE_NOT_ALLOWED: 'FORBIDDEN: your role may not call this operation; `details.allowed` lists the roles that may.',
  NOT_YOUR_FIRM: 'FORBIDDEN: the operation concerns another member firm than your own (`details.memberId` when known).',
  IDEMPOTENCY_KEY_REUSED: 'CONFLICT: the idempotency key was used before for a different request. Send a new key.',
  CURRENCY_MISMATCH: 'CONFLICT: amounts in different currencies were to be added or compared (`details.currencies`).',
  WRONG_STATUS:
    'CONFLICT: the record is not in a status (or a tender not in a stage) that allows this (`details.status` or `details.stage`, with what is expected when known). Read it again to see where it stands. Loan agreements and audits say WRONG_STATE and WRONG_AUDIT_STATUS.',
  ALREADY_EXISTS:
    'CONFLICT: a record with this value already exists (an e-mail, a name, an organisation number, a document number, a code; `details.field` names the field when one does). Use the existing one or another value.',
  CHANGED_MEANWHILE:
    'CONFLICT: someone else changed the record (or moved it on) after you read it (`details.id`, `details.expectedVersion`); nothing was written. Read it again and redo the change.',
  NOT_DECIDED:
    'CONFLICT: a tender moves to GO or NO_GO only when a closed TENDER_GO decision on it says so (`details.decisionId` when one was named).',
  DISQUALIFIED: 'CONFLICT: you declared yourself disqualified on this decision; your vote cannot be cast.',
  NO_QUORUM:
    'CONFLICT: fewer than half of the members who may vote have voted, so the decision cannot close yet (the tally is in `details`).',
  SUGGESTION_CHANGED: 'CONFLICT: the consortium suggestion is no longer the one shown; look at it again. Nothing was written.',
  DEADLINE_PASSED:
    'CONFLICT: the deadline (of the tender, or of the answer asked of a firm) has passed (`details.deadline` when it is a tender).',
  NOT_READY: 'CONFLICT: the bid cannot be marked ready: mandatory requirements are not covered (`details.missing`).',
  NOT_ELIGIBLE:
    'CONFLICT: the firm may not take the work package by the solver rules (capability, certificates, clearance, export registration, membership; `details.reasons`).',
  NO_NETWORK_CONTACT:
    "CONFLICT: the network's contact for buyers is not set, and every brochure prints it. Set it first (setNetworkContact).",
  INACTIVE_MEMBER: 'CONFLICT: the firm is not an active member and cannot use the capacity exchange.',
  POSTING_CLOSED: 'CONFLICT: the offer or need is no longer open.',
  ALREADY_WITHDRAWN: 'CONFLICT: the posting is already withdrawn.',
  NO_EXCHANGE_TERMS: 'CONFLICT: no exchange terms are in force on that day, so no loan can be agreed. An administrator records them first.',
  NOT_PROPOSED: 'CONFLICT: the loan agreement is not waiting for confirmation (it is in force, declined, cancelled or completed).',
  ALREADY_CONFIRMED: 'CONFLICT: already confirmed: your side of the loan agreement, or the month of hours by the lender.',
  OFFER_HOURS_TAKEN: 'CONFLICT: the offer no longer has the hours: other agreements took them (`details.hoursLeft`).',
  NO_FREE_CAPACITY: "CONFLICT: the lender's free capacity in the period does not cover the loan (`details.freeHours`).",
  WRONG_STATE: 'CONFLICT: the loan agreement is not in a status that allows this.',
  HOURS_REPORTED: 'CONFLICT: hours were confirmed on the loan agreement, so it cannot be cancelled; complete it instead.',
  HOURS_PENDING: 'CONFLICT: a month of hours still awaits an answer, so the loan agreement cannot be completed yet.',
  NOT_IN_FORCE: 'CONFLICT: hours are reported only on a loan agreement in force.',
  NOT_REPORTED: 'CONFLICT: the month of hours is not awaiting an answer.',
  ALREADY_REGISTERED: 'CONFLICT: the supplier is already in this buyer’s register (`details.id`); update that entry.',
  NOT_YOUR_REGISTER: 'FORBIDDEN: a firm keeps its own supplier register only (`details.buyerMemberId`).',
  NOT_A_PROPOSER: 'FORBIDDEN: only the project leader, an administrator or a member firm proposes an audit.',
  NOT_A_PARTY: 'FORBIDDEN: your firm takes no part in the audit (or would take none in the one proposed).',
  NOT_A_PLANNER: "FORBIDDEN: only the supplier, the lead auditor's firm, the proposer or the project leader moves or cancels the audit.",
  NOT_A_FIRM_USER: "FORBIDDEN: a member's own users decide this for it.",
  NOT_LEAD_FIRM: "FORBIDDEN: only the lead auditor's firm does this.",
  NOT_INVITED: 'FORBIDDEN: your firm is not asked to rely on the audit.',
  NOT_SUPPLIER: "FORBIDDEN: only the audited supplier's own users do this.",
  ALREADY_PARTICIPATING: 'CONFLICT: the member already takes part in the audit.',
  ALREADY_ON_AN_AUDIT: 'CONFLICT: the member already relies on another planned audit of the supplier for the standard (`details.auditId`).',
  LAST_RELYING_MEMBER: 'CONFLICT: the last member relying on the audit cannot step out; cancel the audit instead.',
  NO_RELYING_MEMBER: 'CONFLICT: no member relies on the audit, so it cannot be done or reported.',
  NOT_CONFIRMED_BY_SUPPLIER: 'CONFLICT: the supplier has not confirmed the date of the audit.',
  WRONG_AUDIT_STATUS: 'CONFLICT: the audit is not in a status that allows this (`details.status`, `details.allowed`).',
  FINDING_CLOSED: 'CONFLICT: the finding is closed; it cannot change.',
  NO_REPORT_YET: 'CONFLICT: the audit has no report yet.',
};

registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'Why an operation was refused, beyond its `extensions.code`: errors carry it as `extensions.details.reason`. Clients switch on these values; new ones are added, none is renamed.',
  valuesMap: Object.fromEntries(Object.entries(ERROR_REASON_DESCRIPTIONS).map(([k, description]) => [k, { description }])),
});
