import { Role } from '@app/core';

/**
 * Who may call each Query and Mutation field. The matrix test calls every field as every actor
 * and fails when a field is missing here, so a new operation cannot slip past unreviewed.
 * Row-level rules (firm A vs firm B) are tested per context, and test/confidentiality.e2e-spec.ts
 * walks every query a FIRM_USER may call here, every field of the answer, for the other firm's
 * private data; this is the role gate.
 */
export type Access = 'PUBLIC' | readonly Role[];

const { ADMIN, PROJECT_LEADER, STEERING, FIRM_USER } = Role;
export const ANY: readonly Role[] = [ADMIN, PROJECT_LEADER, STEERING, FIRM_USER];
export const ASSOCIATION: readonly Role[] = [ADMIN, PROJECT_LEADER, STEERING];
export const LEADERSHIP: readonly Role[] = [ADMIN, PROJECT_LEADER];

export const MATRIX: Record<string, Access> = {
  // identity
  'Mutation.login': 'PUBLIC',
  'Mutation.refreshSession': 'PUBLIC',
  'Mutation.logout': 'PUBLIC',
  'Mutation.setMyLanguage': ANY,
  'Mutation.changeMyPassword': ANY,
  'Query.me': ANY,
  'Query.users': [ADMIN],
  'Mutation.createUser': [ADMIN],
  'Mutation.changeUserRole': [ADMIN],
  'Mutation.deactivateUser': [ADMIN],
  'Mutation.reactivateUser': [ADMIN],
  'Query.auditTrail': ASSOCIATION,
  'Query.auditRecords': [ADMIN],
  // core: the error reasons a client can switch on
  'Query.errorReasons': ANY,
  'Query.fieldRules': ANY,
  // members (row-level: a firm user edits only their own firm; see members.e2e-spec.ts)
  'Query.members': ANY,
  'Query.member': ANY,
  'Mutation.registerMember': LEADERSHIP,
  'Mutation.updateMember': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.resignMember': LEADERSHIP,
  'Mutation.importMembers': [ADMIN],
  'Query.capabilityCatalogue': ANY,
  'Mutation.addCatalogueEntry': LEADERSHIP,
  'Mutation.setMemberCapability': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.removeMemberCapability': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Query.memberCapacity': ANY,
  'Mutation.addCertificate': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.updateCertificate': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.removeCertificate': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Query.expiringCertificates': ANY,
  'Query.membershipDues': ASSOCIATION,
  'Mutation.setMembershipDues': [ADMIN],
  // tenders (GO/NO_GO within moveTenderStage: STEERING only, tested in tenders.e2e-spec.ts)
  'Query.tenders': ASSOCIATION,
  'Query.tender': ASSOCIATION,
  'Query.tenderStageHistory': ASSOCIATION,
  'Mutation.createTender': LEADERSHIP,
  'Mutation.updateTender': LEADERSHIP,
  'Mutation.addRequirement': LEADERSHIP,
  'Mutation.updateRequirement': LEADERSHIP,
  'Mutation.removeRequirement': LEADERSHIP,
  'Mutation.moveTenderStage': ASSOCIATION,
  'Mutation.importOcdsReleasePackage': LEADERSHIP,
  'Query.cpvMappings': ASSOCIATION,
  'Mutation.setCpvMapping': LEADERSHIP,
  'Mutation.removeCpvMapping': LEADERSHIP,
  // matching (STEERING sees no costs: matching.e2e-spec.ts)
  'Query.suggestConsortia': ASSOCIATION,
  // bids (row-level: a firm answers and sees only its own offered packages; bids.e2e-spec.ts)
  'Query.bids': ASSOCIATION,
  'Query.bid': ASSOCIATION,
  'Query.complianceMatrix': ASSOCIATION,
  'Query.reassignmentCandidates': LEADERSHIP,
  'Query.myWorkPackages': [FIRM_USER],
  'Query.workPackage': ANY,
  'Mutation.createBid': LEADERSHIP,
  'Mutation.createBidFromSuggestion': LEADERSHIP,
  'Mutation.updateBid': LEADERSHIP,
  'Mutation.markBidReady': LEADERSHIP,
  'Mutation.withdrawBid': LEADERSHIP,
  'Mutation.addWorkPackage': LEADERSHIP,
  'Mutation.updateWorkPackage': LEADERSHIP,
  'Mutation.offerWorkPackage': LEADERSHIP,
  'Mutation.offerWorkPackages': LEADERSHIP,
  'Mutation.respondToWorkPackage': [FIRM_USER],
  'Mutation.acceptCounterOffer': LEADERSHIP,
  'Mutation.reassignWorkPackage': LEADERSHIP,
  'Mutation.withdrawWorkPackage': LEADERSHIP,
  // submission and outcome
  'Mutation.submitBid': LEADERSHIP,
  'Mutation.reviseBid': LEADERSHIP,
  'Mutation.recordBidOutcome': LEADERSHIP,
  'Mutation.correctBidOutcome': LEADERSHIP,
  'Query.bidRevision': ASSOCIATION,
  'Query.bidRevisions': ASSOCIATION,
  // steering (closing: the project leader or the chair; steering.e2e-spec.ts)
  'Query.steeringCommittee': ASSOCIATION,
  'Mutation.setSteeringCommittee': [ADMIN],
  'Mutation.openSteeringDecision': LEADERSHIP,
  'Mutation.castVote': [STEERING],
  'Mutation.closeSteeringDecision': ASSOCIATION,
  // cancelling: the project leader or the chair; disqualification: a member, for themselves (steering-gates.e2e-spec.ts)
  'Mutation.cancelSteeringDecision': ASSOCIATION,
  'Mutation.declareDisqualified': [STEERING],
  'Query.steeringDecisions': ASSOCIATION,
  // notifications
  'Query.myNotifications': ANY,
  'Mutation.markNotificationRead': ANY,
  // orders (row-level: a firm sees only its own lines and reports money on them;
  // orders-royalties.e2e-spec.ts, money-reports.e2e-spec.ts). Money counts toward royalties, so
  // the association records it; a firm reports it and the project leader confirms the report.
  'Query.orders': ANY,
  'Query.order': ANY,
  'Mutation.createOrder': LEADERSHIP,
  'Mutation.addMilestone': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.updateMilestone': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.recordChangeOrder': LEADERSHIP,
  'Mutation.recordInvoice': LEADERSHIP,
  'Mutation.recordCreditNote': LEADERSHIP,
  'Mutation.recordPayment': LEADERSHIP,
  'Mutation.reversePayment': LEADERSHIP,
  'Query.moneyReports': ANY,
  'Mutation.reportInvoice': [FIRM_USER],
  'Mutation.reportCreditNote': [FIRM_USER],
  'Mutation.reportPayment': [FIRM_USER],
  'Mutation.reportPaymentReversal': [FIRM_USER],
  'Mutation.confirmMoneyReport': LEADERSHIP,
  'Mutation.rejectMoneyReport': LEADERSHIP,
  // royalties
  'Query.royaltyAgreement': ASSOCIATION,
  'Mutation.setRoyaltyAgreement': LEADERSHIP,
  'Mutation.runRoyaltyStatements': LEADERSHIP,
  'Query.royaltyStatements': ANY,
  'Query.royaltyStatement': ANY,
  'Mutation.issueRoyaltyStatement': LEADERSHIP,
  'Mutation.markRoyaltyStatementPaid': LEADERSHIP,
  'Query.royaltyBalance': ANY,
  'Query.royaltyBalances': ANY,
  'Query.royaltyTotalOwed': ASSOCIATION,
  'Query.royaltyLedger': ANY,
  'Query.royaltyLedgerCheck': ASSOCIATION,
  'Query.royaltyExport': ASSOCIATION,
  // pipeline
  'Query.pipeline': ASSOCIATION,
  'Query.pipelineExport': ASSOCIATION,
  'Query.myFirmPipeline': [FIRM_USER],
  'Query.grants': ASSOCIATION,
  'Mutation.recordGrant': LEADERSHIP,
  // brochures (a firm user: network brochures only; brochures.e2e-spec.ts)
  'Mutation.generateBrochure': ANY,
  'Query.brochures': ANY,
  'Query.networkContact': ANY,
  'Mutation.setNetworkContact': LEADERSHIP,
  // capacity exchange (row-level: a firm posts, confirms and reports only for its own firm, reads only
  // its own agreements and never another firm's rates or registered hours; exchange.e2e-spec.ts)
  'Query.exchangeTerms': ANY,
  'Query.exchangeTermsHistory': ANY,
  'Mutation.recordExchangeTerms': [ADMIN],
  'Query.exchangeBoard': ANY,
  'Query.exchangePosting': ANY,
  'Query.exchangePostingsOfFirm': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Query.exchangeNeeds': ASSOCIATION,
  'Query.exchangeMatches': ANY,
  'Mutation.postExchangeOffer': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.postExchangeNeed': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.withdrawExchangePosting': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Query.loanAgreements': ANY,
  'Query.loanAgreement': ANY,
  'Mutation.proposeLoanAgreement': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.confirmLoanAgreement': [FIRM_USER],
  'Mutation.declineLoanAgreement': [FIRM_USER],
  'Mutation.cancelLoanAgreement': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.completeLoanAgreement': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.reportLoanHours': [FIRM_USER],
  'Mutation.confirmLoanHours': [FIRM_USER],
  'Mutation.rejectLoanHours': [FIRM_USER],
  'Query.exchangeSettlement': ANY,
  'Query.exchangeSettlementExport': ANY,
  // audits (row-level: a firm keeps its own supplier register, acts for its own firm in an audit,
  // and reads findings only as the supplier, the lead auditor's firm or a relying member; audits.e2e-spec.ts)
  'Query.supplierRelationships': ANY,
  'Mutation.addSupplierRelationship': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.updateSupplierRelationship': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Query.auditProgramme': ANY,
  'Query.audits': ANY,
  'Query.audit': ANY,
  'Query.auditorCandidates': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Query.supplierAuditRecords': ANY,
  'Mutation.proposeAudit': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.inviteToAudit': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.rescheduleAudit': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.cancelAudit': [ADMIN, PROJECT_LEADER, FIRM_USER],
  'Mutation.acceptAuditReliance': [FIRM_USER],
  'Mutation.declineAuditReliance': [FIRM_USER],
  'Mutation.confirmAuditDate': [FIRM_USER],
  'Mutation.markAuditDone': [FIRM_USER],
  'Mutation.recordAuditFinding': [FIRM_USER],
  'Mutation.updateAuditFinding': [FIRM_USER],
  'Mutation.removeAuditFinding': [FIRM_USER],
  'Mutation.reportAudit': [FIRM_USER],
  'Mutation.respondToAuditFinding': [FIRM_USER],
  'Mutation.closeAuditFinding': [FIRM_USER],
  // activities (row-level: a firm user sees only its firm's activities, without money; the
  // contact alone reports and evaluates; approval only by decision: activities.e2e-spec.ts)
  'Query.boardAreas': ASSOCIATION,
  'Query.boardAreaHistory': ASSOCIATION,
  'Mutation.setBoardAreas': [ADMIN],
  'Query.activities': ANY,
  'Query.activity': ANY,
  'Mutation.createActivity': LEADERSHIP,
  'Mutation.updateActivityPlan': LEADERSHIP,
  'Mutation.linkToActivity': LEADERSHIP,
  'Mutation.unlinkFromActivity': LEADERSHIP,
  'Mutation.recordActivityStatusReport': [STEERING],
  'Mutation.closeActivity': [STEERING],
};

/**
 * Who may call each plain HTTP route (uploads, downloads, health, the local GraphiQL page): the
 * same guard, outside GraphQL. test/authorization-routes.e2e-spec.ts calls each as the six actors
 * and fails when a controller's route is missing here.
 */
export const ROUTE_MATRIX: Record<string, Access> = {
  'GET /health': 'PUBLIC',
  'GET /graphiql': 'PUBLIC',
  'GET /graphiql/assets/:name': 'PUBLIC',
  'POST /imports/ocds': LEADERSHIP,
  'GET /brochures/:file': ANY,
  'GET /exchange/agreements/:file': ANY,
  'GET /audits/:id/report.pdf': ANY,
};
