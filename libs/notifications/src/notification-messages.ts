import { formatDateIn, formatHoursIn, formatInstantIn, formatMoneyIn, Language, type LocalDate, type Money } from '@app/core';

/** A capability by its catalogue name in the reader's language, or its code when the notice has no name. */
function capabilityIn(p: { code: string; capabilityNb?: string; capabilityEn?: string }, l: Language): string {
  return (l === Language.NB ? p.capabilityNb : p.capabilityEn) || p.code;
}

/**
 * Every notification's words, in bokmål and English, in one place. Events store the facts
 * (`params`); the texts are made from them in the reader's language: when stored (for the
 * e-mail) and again whenever the person reads them in the console. Times are Europe/Oslo,
 * amounts "kr 1 450 000,00".
 */
export type NotificationParams =
  | {
      kind: 'WORK_PACKAGE_OFFERED';
      workPackageId: number;
      bidId: number;
      title: string;
      hours: number;
      windowStart: LocalDate;
      windowEnd: LocalDate;
      /** ISO instant */
      deadline: string;
      price: Money | null;
    }
  | {
      kind: 'WORK_PACKAGE_ANSWERED';
      workPackageId: number;
      bidId: number;
      title: string;
      firm: string;
      answer: 'ACCEPT' | 'DECLINE' | 'COUNTER';
      reason: string | null;
      comment: string | null;
      counterPrice: Money | null;
    }
  | { kind: 'RESPONSE_DEADLINE'; workPackageId: number; bidId: number; title: string; hoursLeft: number; deadline: string }
  | {
      kind: 'CERTIFICATE_EXPIRING_FOR_BID';
      workPackageId: number;
      bidId: number;
      title: string;
      certificate: string;
      validUntil: LocalDate;
      windowEnd: LocalDate;
    }
  | { kind: 'DECISION_OPENED'; decisionId: number; question: string }
  | {
      kind: 'DECISION_CLOSED';
      decisionId: number;
      question: string;
      approved: boolean;
      yes: number;
      no: number;
      abstain: number;
      tieBrokenByChair: boolean;
      /** The chair was disqualified and the deputy chair's casting vote broke the tie (absent on older events). */
      tieBrokenByDeputy?: boolean;
      /** Members disqualified (inhabil) on the decision, whose votes did not count (absent on older events). */
      disqualified?: number;
      /** A tie nobody broke: why it was not adopted (absent on older events). */
      notAdopted?: 'TIE_CASTING_VOTE_NOT_CAST' | 'TIE_NO_CASTING_VOTE' | null;
    }
  | { kind: 'DECISION_CANCELLED'; decisionId: number; question: string; reason: string }
  | {
      kind: 'MONEY_REPORTED';
      reportId: number;
      orderId: number;
      document: MoneyDocument;
      number: string | null;
      date: LocalDate;
      amount: Money | null;
    }
  | {
      kind: 'MONEY_REPORT_DECIDED';
      reportId: number;
      document: MoneyDocument;
      confirmed: boolean;
      reason: string | null;
    }
  | { kind: 'SUBMISSION_DEADLINE'; tenderId: number; title: string; buyer: string; daysLeft: number; deadline: string; stage: string }
  | AuditNotificationParams
  | { kind: 'ACTIVITY_FOLLOW_UP_OVERDUE'; activityId: number; title: string; milestone: string; dueDate: LocalDate }
  | ExchangeNotificationParams;

/**
 * The capacity exchange's match notices (the exchange context). Only what the board shows every
 * member: the posting firm's name, capability code, hours and window; never a rate.
 */
export type ExchangeNotificationParams =
  | {
      /** A new need matches the recipient firm's open offer. */
      kind: 'EXCHANGE_NEED_MATCHES_OFFER';
      needId: number;
      offerId: number;
      firm: string;
      code: string;
      /** The capability's names in the catalogue (notices stored before they were kept have only the code). */
      capabilityNb?: string;
      capabilityEn?: string;
      hours: number;
      windowStart: LocalDate;
      windowEnd: LocalDate;
    }
  | {
      /** A new offer matches the recipient firm's open need. */
      kind: 'EXCHANGE_OFFER_MATCHES_NEED';
      offerId: number;
      needId: number;
      firm: string;
      code: string;
      /** The capability's names in the catalogue (notices stored before they were kept have only the code). */
      capabilityNb?: string;
      capabilityEn?: string;
      hours: number;
      windowStart: LocalDate;
      windowEnd: LocalDate;
    }
  | ExchangeAgreementNotificationParams;

/**
 * The capacity exchange's loan-agreement notices (the exchange context), to the two firms of an
 * agreement. The price per hour is the agreed price from the common terms, which both firms see;
 * never the lender's internal cost rate.
 */
export type ExchangeAgreementNotificationParams =
  | {
      /** One side (or the project leader) proposed an agreement; the other side confirms or declines. */
      kind: 'LOAN_AGREEMENT_PROPOSED';
      agreementId: number;
      lender: string;
      borrower: string;
      code: string;
      /** The capability's names in the catalogue (notices stored before they were kept have only the code). */
      capabilityNb?: string;
      capabilityEn?: string;
      hours: number;
      pricePerHour: Money;
    }
  | {
      /** Both firms confirmed: the agreement is in force. */
      kind: 'LOAN_AGREEMENT_CONFIRMED';
      agreementId: number;
      lender: string;
      borrower: string;
      periodStart: LocalDate;
      periodEnd: LocalDate;
    }
  | { kind: 'LOAN_AGREEMENT_DECLINED'; agreementId: number; reason: string }
  | { kind: 'LOAN_AGREEMENT_CANCELLED'; agreementId: number; reason: string }
  | { kind: 'LOAN_AGREEMENT_COMPLETED'; agreementId: number }
  | {
      /** The borrower reported a month's hours; the lender confirms or rejects them. */
      kind: 'LOAN_HOURS_REPORTED';
      agreementId: number;
      /** YYYY-MM */
      month: string;
      hours: number;
      amount: Money;
    }
  | { kind: 'LOAN_HOURS_CONFIRMED'; agreementId: number; month: string }
  | { kind: 'LOAN_HOURS_REJECTED'; agreementId: number; month: string; reason: string };

const MONTH_NAMES = {
  [Language.NB]: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  [Language.EN]: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-11" as "november 2026" / "November 2026". */
function monthIn(l: Language, month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[l][Number(m) - 1] ?? m} ${y}`;
}

/**
 * The coordinated supplier audits (the audits context). `title` is the audited supplier's name
 * (what the notification is about); standards come as labels ("AQAP 2110"), dates as YYYY-MM-DD.
 */
export type AuditNotificationParams =
  | { kind: 'AUDIT_PROPOSED_SUPPLIER'; auditId: number; title: string; standards: string[]; plannedOn: LocalDate; lead: string }
  | { kind: 'AUDIT_PROPOSED_MEMBER'; auditId: number; title: string; standards: string[]; plannedOn: LocalDate; lead: string }
  | { kind: 'AUDIT_LEAD_ASSIGNED'; auditId: number; title: string; standards: string[]; plannedOn: LocalDate }
  | { kind: 'AUDIT_DATE_CONFIRMED'; auditId: number; title: string; plannedOn: LocalDate }
  | { kind: 'AUDIT_RESCHEDULED'; auditId: number; title: string; plannedOn: LocalDate; reason: string }
  | { kind: 'AUDIT_RELIANCE_ANSWERED'; auditId: number; title: string; member: string; accepted: boolean; reason: string | null }
  | { kind: 'AUDIT_CANCELLED'; auditId: number; title: string; reason: string }
  | { kind: 'AUDIT_REPORTED'; auditId: number; title: string; major: number; minor: number; observations: number }
  | { kind: 'AUDIT_REGISTERED'; auditId: number; title: string; standards: string[]; auditedOn: LocalDate }
  | { kind: 'FINDING_EVIDENCE_SUBMITTED'; auditId: number; findingId: number; title: string; clause: string }
  | { kind: 'FINDING_CLOSED'; auditId: number; findingId: number; title: string; clause: string; closedOn: LocalDate }
  | {
      kind: 'FINDING_ACTION_OVERDUE';
      auditId: number;
      findingId: number;
      title: string;
      severity: 'MAJOR' | 'MINOR' | 'OBSERVATION';
      clause: string;
      dueOn: LocalDate;
    };

/** What a firm reports (MoneyReportKind). */
export type MoneyDocument = 'INVOICE' | 'CREDIT_NOTE' | 'PAYMENT' | 'PAYMENT_REVERSAL';

const DOCUMENT = {
  [Language.NB]: {
    INVOICE: 'faktura',
    CREDIT_NOTE: 'kreditnota',
    PAYMENT: 'innbetaling',
    PAYMENT_REVERSAL: 'tilbakeføring av innbetaling',
  },
  [Language.EN]: { INVOICE: 'invoice', CREDIT_NOTE: 'credit note', PAYMENT: 'payment', PAYMENT_REVERSAL: 'payment reversal' },
} as const;

export interface NotificationText {
  subject: string;
  body: string;
}

type Params<K extends NotificationParams['kind']> = Extract<NotificationParams, { kind: K }>;
type Templates = { [K in NotificationParams['kind']]: (p: Params<K>, lang: Language) => NotificationText };

const ANSWER = {
  [Language.NB]: { ACCEPT: 'godtok', DECLINE: 'avslo', COUNTER: 'kom med motbud på' },
  [Language.EN]: { ACCEPT: 'accepted', DECLINE: 'declined', COUNTER: 'countered' },
} as const;

const SEVERITY = {
  [Language.NB]: { MAJOR: 'Stort avvik', MINOR: 'Mindre avvik', OBSERVATION: 'Observasjon' },
  [Language.EN]: { MAJOR: 'Major nonconformity', MINOR: 'Minor nonconformity', OBSERVATION: 'Observation' },
} as const;

const TEMPLATES: Templates = {
  WORK_PACKAGE_OFFERED: (p, l) => {
    const when = formatInstantIn(l, new Date(p.deadline));
    const from = formatDateIn(l, p.windowStart);
    const to = formatDateIn(l, p.windowEnd);
    const price = p.price ? formatMoneyIn(l, p.price) : null;
    return l === Language.NB
      ? {
          subject: `Ny arbeidspakke: ${p.title}`,
          body: `TotAl-Fly tilbyr bedriften din arbeidspakke ${p.workPackageId} «${p.title}» (${formatHoursIn(l, p.hours)}, ${from}–${to}${price ? `, ${price}` : ''}). Svar – godta, avslå eller gi motbud – innen ${when}.`,
        }
      : {
          subject: `New work package: ${p.title}`,
          body: `TotAl-Fly offers your firm work package ${p.workPackageId} "${p.title}" (${formatHoursIn(l, p.hours)}, ${from} to ${to}${price ? `, ${price}` : ''}). Please accept, decline or counter by ${when}.`,
        };
  },
  WORK_PACKAGE_ANSWERED: (p, l) => {
    const counter = p.counterPrice ? formatMoneyIn(l, p.counterPrice) : null;
    const extra =
      l === Language.NB
        ? `${p.reason ? ` Begrunnelse: ${p.reason}.` : ''}${counter ? ` Motbud: ${counter}.` : ''}${p.comment ? ` Kommentar: ${p.comment}` : ''}`
        : `${p.reason ? ` Reason: ${p.reason}.` : ''}${counter ? ` Counter-offer: ${counter}.` : ''}${p.comment ? ` Comment: ${p.comment}` : ''}`;
    return l === Language.NB
      ? {
          subject: `${p.firm} ${ANSWER[l][p.answer]} ${p.title}`,
          body: `${p.firm} ${ANSWER[l][p.answer]} arbeidspakke ${p.workPackageId} «${p.title}».${extra}`,
        }
      : {
          subject: `${p.firm} ${ANSWER[l][p.answer]} ${p.title}`,
          body: `${p.firm} ${ANSWER[l][p.answer]} work package ${p.workPackageId} "${p.title}".${extra}`,
        };
  },
  RESPONSE_DEADLINE: (p, l) => {
    const when = formatInstantIn(l, new Date(p.deadline));
    return l === Language.NB
      ? {
          subject: `Påminnelse: svar på arbeidspakke ${p.workPackageId} innen ${formatHoursIn(l, p.hoursLeft)}`,
          body: `Arbeidspakke ${p.workPackageId} «${p.title}» trenger svaret ditt innen ${when}.`,
        }
      : {
          subject: `Reminder: answer work package ${p.workPackageId} within ${formatHoursIn(l, p.hoursLeft)}`,
          body: `Work package ${p.workPackageId} "${p.title}" needs your answer by ${when}.`,
        };
  },
  CERTIFICATE_EXPIRING_FOR_BID: (p, l) => {
    const until = formatDateIn(l, p.validUntil);
    const end = formatDateIn(l, p.windowEnd);
    return l === Language.NB
      ? {
          subject: `${p.certificate} utløper ${until}, før arbeidspakke ${p.workPackageId} er ferdig`,
          body: `Sertifikatet ${p.certificate} som arbeidspakke ${p.workPackageId} «${p.title}» krever, utløper ${until}, før leveransevinduet slutter ${end}. Forny det eller tildel pakken på nytt.`,
        }
      : {
          subject: `${p.certificate} expires ${until}, before work package ${p.workPackageId} ends`,
          body: `The ${p.certificate} certificate needed by work package ${p.workPackageId} "${p.title}" expires ${until}, before its window ends ${end}. Renew it or reassign the package.`,
        };
  },
  DECISION_OPENED: (p, l) =>
    l === Language.NB
      ? { subject: `Styringskomitésak ${p.decisionId}: stem nå`, body: `${p.question} Stem JA, NEI eller AVSTÅR i TotAl-Fly.` }
      : { subject: `Steering decision ${p.decisionId}: please vote`, body: `${p.question} Vote YES, NO or ABSTAIN in TotAl-Fly.` },
  DECISION_CLOSED: (p, l) => {
    const nb = l === Language.NB;
    const result = nb ? (p.approved ? 'VEDTATT' : 'AVVIST') : p.approved ? 'APPROVED' : 'REJECTED';
    const tie = p.tieBrokenByDeputy
      ? nb
        ? ', nestlederen avgjorde ved stemmelikhet (lederen var inhabil)'
        : ', tie broken by the deputy chair (the chair was disqualified)'
      : p.tieBrokenByChair
        ? nb
          ? ', lederen avgjorde ved stemmelikhet'
          : ', tie broken by the chair'
        : '';
    const out = p.disqualified ? (nb ? `, ${p.disqualified} inhabil` : `, ${p.disqualified} disqualified`) : '';
    const tally = nb
      ? `${p.yes} ja, ${p.no} nei, ${p.abstain} avstår${out}${tie}`
      : `${p.yes} yes, ${p.no} no, ${p.abstain} abstain${out}${tie}`;
    const why =
      p.notAdopted === 'TIE_CASTING_VOTE_NOT_CAST'
        ? nb
          ? ' Stemmelikhet, og den som har dobbeltstemmen stemte verken ja eller nei: forslaget er ikke vedtatt.'
          : ' A tie, and the holder of the casting vote voted neither YES nor NO: the proposal is not adopted.'
        : p.notAdopted === 'TIE_NO_CASTING_VOTE'
          ? nb
            ? ' Stemmelikhet, lederen er inhabil og ingen nestleder kan stemme: forslaget er ikke vedtatt.'
            : ' A tie, the chair is disqualified and no deputy chair may vote: the proposal is not adopted.'
          : '';
    return nb
      ? { subject: `Styringskomitésak ${p.decisionId}: ${result}`, body: `${p.question} Resultat: ${result} (${tally}).${why}` }
      : { subject: `Steering decision ${p.decisionId}: ${result}`, body: `${p.question} Result: ${result} (${tally}).${why}` };
  },
  DECISION_CANCELLED: (p, l) =>
    l === Language.NB
      ? {
          subject: `Styringskomitésak ${p.decisionId} er trukket`,
          body: `${p.question} Saken ble trukket uten vedtak: ${p.reason}`,
        }
      : {
          subject: `Steering decision ${p.decisionId} was cancelled`,
          body: `${p.question} The decision was cancelled without a result: ${p.reason}`,
        },
  MONEY_REPORTED: (p, l) => {
    const doc = DOCUMENT[l][p.document];
    const date = formatDateIn(l, p.date);
    const amount = p.amount ? `, ${formatMoneyIn(l, p.amount)}` : '';
    return l === Language.NB
      ? {
          subject: `En bedrift har rapportert en ${doc}: godkjenn eller avvis`,
          body: `Rapport ${p.reportId} (ordre ${p.orderId}): ${doc}${p.number ? ` ${p.number}` : ''} datert ${date}${amount}. Den teller for royalty først når den er godkjent (confirmMoneyReport).`,
        }
      : {
          subject: `A firm reported a ${doc}: confirm or reject it`,
          body: `Report ${p.reportId} (order ${p.orderId}): ${doc}${p.number ? ` ${p.number}` : ''} dated ${date}${amount}. It counts toward royalties only once confirmed (confirmMoneyReport).`,
        };
  },
  MONEY_REPORT_DECIDED: (p, l) => {
    const doc = DOCUMENT[l][p.document];
    return l === Language.NB
      ? {
          subject: `Rapport ${p.reportId} (${doc}) er ${p.confirmed ? 'godkjent' : 'avvist'}`,
          body: p.confirmed
            ? `Rapporten din ${p.reportId} (${doc}) er godkjent og registrert.`
            : `Rapporten din ${p.reportId} (${doc}) ble avvist: ${p.reason ?? ''}`,
        }
      : {
          subject: `Your ${doc} report ${p.reportId} was ${p.confirmed ? 'confirmed' : 'rejected'}`,
          body: p.confirmed
            ? `Your ${doc} report ${p.reportId} was confirmed and recorded.`
            : `Your ${doc} report ${p.reportId} was rejected: ${p.reason ?? ''}`,
        };
  },
  SUBMISSION_DEADLINE: (p, l) => {
    const when = formatInstantIn(l, new Date(p.deadline));
    return l === Language.NB
      ? {
          subject: `Påminnelse: «${p.title}» skal leveres ${p.daysLeft === 1 ? 'om én dag' : `om ${p.daysLeft} dager`}`,
          body: `Konkurranse ${p.tenderId} «${p.title}» (${p.buyer}) må leveres innen ${when}. Fase: ${p.stage}.`,
        }
      : {
          subject: `Reminder: "${p.title}" is due in ${p.daysLeft === 1 ? 'one day' : `${p.daysLeft} days`}`,
          body: `Tender ${p.tenderId} "${p.title}" (${p.buyer}) must be submitted by ${when}. Stage: ${p.stage}.`,
        };
  },
  AUDIT_PROPOSED_SUPPLIER: (p, l) => {
    const on = formatDateIn(l, p.plannedOn);
    return l === Language.NB
      ? {
          subject: `Revisjon ${p.auditId}: bekreft datoen ${on}`,
          body: `Det er foreslått en felles revisjon av ${p.title} mot ${p.standards.join(', ')} den ${on}, med ${p.lead} som ledende revisor. Bekreft datoen, eller be om en ny.`,
        }
      : {
          subject: `Audit ${p.auditId}: please confirm ${on}`,
          body: `A coordinated audit of ${p.title} against ${p.standards.join(', ')} is proposed for ${on}, led by ${p.lead}. Confirm the date, or ask for another.`,
        };
  },
  AUDIT_PROPOSED_MEMBER: (p, l) => {
    const on = formatDateIn(l, p.plannedOn);
    return l === Language.NB
      ? {
          subject: `Revisjon ${p.auditId} av ${p.title}: vil dere bygge på resultatet?`,
          body: `${p.lead} reviderer ${p.title} mot ${p.standards.join(', ')} den ${on}, også på vegne av dere. Godta at dere bygger på resultatet, eller avslå med en begrunnelse.`,
        }
      : {
          subject: `Audit ${p.auditId} of ${p.title}: will you rely on it?`,
          body: `${p.lead} audits ${p.title} against ${p.standards.join(', ')} on ${on}, also on your behalf. Accept that you rely on the result, or decline with a reason.`,
        };
  },
  AUDIT_LEAD_ASSIGNED: (p, l) => {
    const on = formatDateIn(l, p.plannedOn);
    return l === Language.NB
      ? {
          subject: `Du er ledende revisor for revisjon ${p.auditId} av ${p.title}`,
          body: `Revisjonen av ${p.title} mot ${p.standards.join(', ')} er planlagt til ${on}.`,
        }
      : {
          subject: `You are the lead auditor of audit ${p.auditId} of ${p.title}`,
          body: `The audit of ${p.title} against ${p.standards.join(', ')} is planned for ${on}.`,
        };
  },
  AUDIT_DATE_CONFIRMED: (p, l) => {
    const on = formatDateIn(l, p.plannedOn);
    return l === Language.NB
      ? { subject: `Revisjon ${p.auditId}: ${p.title} har bekreftet ${on}`, body: `Datoen ${on} er bekreftet av leverandøren.` }
      : { subject: `Audit ${p.auditId}: ${p.title} confirmed ${on}`, body: `The supplier confirmed ${on}.` };
  },
  AUDIT_RESCHEDULED: (p, l) => {
    const on = formatDateIn(l, p.plannedOn);
    return l === Language.NB
      ? { subject: `Revisjon ${p.auditId} av ${p.title} er flyttet til ${on}`, body: `Begrunnelse: ${p.reason}` }
      : { subject: `Audit ${p.auditId} of ${p.title} moved to ${on}`, body: `Reason: ${p.reason}` };
  },
  AUDIT_RELIANCE_ANSWERED: (p, l) =>
    l === Language.NB
      ? {
          subject: `Revisjon ${p.auditId}: ${p.member} ${p.accepted ? 'bygger på resultatet' : 'har avslått'}`,
          body: p.accepted
            ? `${p.member} bygger på revisjonen av ${p.title}.`
            : `${p.member} bygger ikke på revisjonen av ${p.title}. Begrunnelse: ${p.reason ?? '—'}`,
        }
      : {
          subject: `Audit ${p.auditId}: ${p.member} ${p.accepted ? 'relies on the result' : 'declined'}`,
          body: p.accepted
            ? `${p.member} relies on the audit of ${p.title}.`
            : `${p.member} does not rely on the audit of ${p.title}. Reason: ${p.reason ?? '—'}`,
        },
  AUDIT_CANCELLED: (p, l) =>
    l === Language.NB
      ? { subject: `Revisjon ${p.auditId} av ${p.title} er avlyst`, body: `Begrunnelse: ${p.reason}` }
      : { subject: `Audit ${p.auditId} of ${p.title} is cancelled`, body: `Reason: ${p.reason}` },
  AUDIT_REPORTED: (p, l) =>
    l === Language.NB
      ? {
          subject: `Revisjonsrapport ${p.auditId} for ${p.title} er utgitt`,
          body: `Funn: ${p.major} store avvik, ${p.minor} mindre avvik, ${p.observations} observasjoner.`,
        }
      : {
          subject: `Audit report ${p.auditId} for ${p.title} is issued`,
          body: `Findings: ${p.major} major, ${p.minor} minor, ${p.observations} observations.`,
        },
  AUDIT_REGISTERED: (p, l) => {
    const on = formatDateIn(l, p.auditedOn);
    const standards = p.standards.join(', ');
    return l === Language.NB
      ? {
          subject: `Registrert: ${p.title} revidert mot ${standards} ${on}`,
          body: `Registeret viser nå at ${p.title} ble revidert mot ${standards} den ${on} (revisjon ${p.auditId}), for dere.`,
        }
      : {
          subject: `Recorded: ${p.title} audited against ${standards} on ${on}`,
          body: `The register now shows that ${p.title} was audited against ${standards} on ${on} (audit ${p.auditId}), for you.`,
        };
  },
  FINDING_EVIDENCE_SUBMITTED: (p, l) =>
    l === Language.NB
      ? {
          subject: `Revisjon ${p.auditId}: dokumentasjon for funn ${p.findingId} (${p.clause})`,
          body: `${p.title} har sendt dokumentasjon for korrigerende tiltak. Vurder den, og lukk funnet når tiltaket er på plass.`,
        }
      : {
          subject: `Audit ${p.auditId}: evidence for finding ${p.findingId} (${p.clause})`,
          body: `${p.title} sent evidence of its corrective action. Review it, and close the finding when the action is in place.`,
        },
  FINDING_CLOSED: (p, l) => {
    const on = formatDateIn(l, p.closedOn);
    return l === Language.NB
      ? { subject: `Revisjon ${p.auditId}: funn ${p.findingId} (${p.clause}) er lukket`, body: `Lukket ${on}.` }
      : { subject: `Audit ${p.auditId}: finding ${p.findingId} (${p.clause}) is closed`, body: `Closed on ${on}.` };
  },
  FINDING_ACTION_OVERDUE: (p, l) => {
    const due = formatDateIn(l, p.dueOn);
    return l === Language.NB
      ? {
          subject: `Forfalt tiltak: ${SEVERITY[l][p.severity]} ${p.clause} hos ${p.title}`,
          body: `Det korrigerende tiltaket for funn ${p.findingId} i revisjon ${p.auditId} skulle vært lukket ${due}. Send dokumentasjon, eller avtal en ny frist med ledende revisor.`,
        }
      : {
          subject: `Overdue action: ${SEVERITY[l][p.severity]} ${p.clause} at ${p.title}`,
          body: `The corrective action of finding ${p.findingId} in audit ${p.auditId} was due to be closed on ${due}. Send the evidence, or agree a new due date with the lead auditor.`,
        };
  },
  ACTIVITY_FOLLOW_UP_OVERDUE: (p, l) => {
    const due = formatDateIn(l, p.dueDate);
    return l === Language.NB
      ? {
          subject: `Oppfølging mangler: «${p.title}»`,
          body: `Milepælen «${p.milestone}» i aktivitet ${p.activityId} «${p.title}» var ${due}, og ingen statusrapport er skrevet siden. Den ansvarlige i styret melder status (i rute, i fare, ute av kurs).`,
        }
      : {
          subject: `Follow-up missing: "${p.title}"`,
          body: `The milestone "${p.milestone}" of activity ${p.activityId} "${p.title}" was due ${due}, and no status report has been written since. The responsible board contact reports its status (on track, at risk, off track).`,
        };
  },
  EXCHANGE_NEED_MATCHES_OFFER: (p, l) => {
    const from = formatDateIn(l, p.windowStart);
    const to = formatDateIn(l, p.windowEnd);
    return l === Language.NB
      ? {
          subject: `Et behov passer tilbudet ditt (${capabilityIn(p, l)})`,
          body: `${p.firm} trenger ${formatHoursIn(l, p.hours)} ${capabilityIn(p, l)} ${from}–${to} (behov ${p.needId}). Tilbudet ditt ${p.offerId} passer. Foreslå en låneavtale hvis dere kan låne ut.`,
        }
      : {
          subject: `A need matches your offer (${capabilityIn(p, l)})`,
          body: `${p.firm} needs ${formatHoursIn(l, p.hours)} of ${capabilityIn(p, l)} ${from} to ${to} (need ${p.needId}). Your offer ${p.offerId} matches. Propose a loan agreement if you can lend.`,
        };
  },
  EXCHANGE_OFFER_MATCHES_NEED: (p, l) => {
    const from = formatDateIn(l, p.windowStart);
    const to = formatDateIn(l, p.windowEnd);
    return l === Language.NB
      ? {
          subject: `Et tilbud passer behovet ditt (${capabilityIn(p, l)})`,
          body: `${p.firm} tilbyr ${formatHoursIn(l, p.hours)} ${capabilityIn(p, l)} ${from}–${to} (tilbud ${p.offerId}). Behovet ditt ${p.needId} passer. Foreslå en låneavtale hvis dere vil låne.`,
        }
      : {
          subject: `An offer matches your need (${capabilityIn(p, l)})`,
          body: `${p.firm} offers ${formatHoursIn(l, p.hours)} of ${capabilityIn(p, l)} ${from} to ${to} (offer ${p.offerId}). Your need ${p.needId} matches. Propose a loan agreement if you want to borrow.`,
        };
  },
  LOAN_AGREEMENT_PROPOSED: (p, l) => {
    const price = formatMoneyIn(l, p.pricePerHour);
    return l === Language.NB
      ? {
          subject: `Forslag til låneavtale ${p.agreementId}: ${p.lender} → ${p.borrower}`,
          body: `${formatHoursIn(l, p.hours)} ${capabilityIn(p, l)} til ${price} per time etter nettverkets felles vilkår. Bekreft eller avslå avtale ${p.agreementId}.`,
        }
      : {
          subject: `Loan agreement ${p.agreementId} proposed: ${p.lender} → ${p.borrower}`,
          body: `${formatHoursIn(l, p.hours)} of ${capabilityIn(p, l)} at ${price} per hour on the network's common terms. Confirm or decline agreement ${p.agreementId}.`,
        };
  },
  LOAN_AGREEMENT_CONFIRMED: (p, l) => {
    const from = formatDateIn(l, p.periodStart);
    const to = formatDateIn(l, p.periodEnd);
    return l === Language.NB
      ? {
          subject: `Låneavtale ${p.agreementId} er i kraft`,
          body: `Begge parter har bekreftet: ${p.lender} låner ut til ${p.borrower} ${from}–${to}. Låntaker rapporterer timer per måned.`,
        }
      : {
          subject: `Loan agreement ${p.agreementId} is in force`,
          body: `Both firms have confirmed: ${p.lender} lends to ${p.borrower} ${from} to ${to}. The borrower reports hours each month.`,
        };
  },
  LOAN_AGREEMENT_DECLINED: (p, l) =>
    l === Language.NB
      ? { subject: `Låneavtale ${p.agreementId}: avslått`, body: `Avtale ${p.agreementId} ble avslått. Begrunnelse: ${p.reason}` }
      : { subject: `Loan agreement ${p.agreementId}: declined`, body: `Agreement ${p.agreementId} was declined. Reason: ${p.reason}` },
  LOAN_AGREEMENT_CANCELLED: (p, l) =>
    l === Language.NB
      ? { subject: `Låneavtale ${p.agreementId}: kansellert`, body: `Avtale ${p.agreementId} ble kansellert. Begrunnelse: ${p.reason}` }
      : { subject: `Loan agreement ${p.agreementId}: cancelled`, body: `Agreement ${p.agreementId} was cancelled. Reason: ${p.reason}` },
  LOAN_AGREEMENT_COMPLETED: (p, l) =>
    l === Language.NB
      ? { subject: `Låneavtale ${p.agreementId}: fullført`, body: `Avtale ${p.agreementId} er fullført.` }
      : { subject: `Loan agreement ${p.agreementId}: completed`, body: `Agreement ${p.agreementId} is completed.` },
  LOAN_HOURS_REPORTED: (p, l) => {
    const month = monthIn(l, p.month);
    const amount = formatMoneyIn(l, p.amount);
    return l === Language.NB
      ? {
          subject: `Timer rapportert på låneavtale ${p.agreementId} (${month})`,
          body: `Låntaker har rapportert ${formatHoursIn(l, p.hours)} for ${month}, ${amount}. Bekreft eller avvis timene.`,
        }
      : {
          subject: `Hours reported on loan agreement ${p.agreementId} (${month})`,
          body: `The borrower reported ${formatHoursIn(l, p.hours)} for ${month}, ${amount}. Confirm or reject the hours.`,
        };
  },
  LOAN_HOURS_CONFIRMED: (p, l) => {
    const month = monthIn(l, p.month);
    return l === Language.NB
      ? { subject: `Timer for ${month} på låneavtale ${p.agreementId} bekreftet`, body: 'Utlåner har bekreftet timene.' }
      : { subject: `Hours for ${month} on loan agreement ${p.agreementId} confirmed`, body: 'The lender confirmed the hours.' };
  },
  LOAN_HOURS_REJECTED: (p, l) => {
    const month = monthIn(l, p.month);
    return l === Language.NB
      ? {
          subject: `Timer for ${month} på låneavtale ${p.agreementId} avvist`,
          body: `Utlåner avviste timene: ${p.reason}. Rapporter på nytt.`,
        }
      : {
          subject: `Hours for ${month} on loan agreement ${p.agreementId} rejected`,
          body: `The lender rejected the hours: ${p.reason}. Please report again.`,
        };
  },
};

export function renderNotification(params: NotificationParams, lang: Language): NotificationText {
  const t = (TEMPLATES[params.kind] as (p: NotificationParams, l: Language) => NotificationText)(params, lang);
  return { subject: t.subject.slice(0, 300), body: t.body };
}

/** The heading of what a notification is about (a package's title, a tender's, a decision's question, a money report's subject). */
export function notificationLabel(params: NotificationParams, lang: Language = Language.NB): string {
  if ('title' in params) return params.title;
  if ('question' in params) return params.question;
  return renderNotification(params, lang).subject;
}

/** The bid a work-package notification belongs to (the project leader's link goes to its bid board). */
export function notificationBidId(params: NotificationParams): number | null {
  return 'bidId' in params ? params.bidId : null;
}
