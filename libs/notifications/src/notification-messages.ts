import { formatDateIn, formatInstantIn, formatMoneyIn, Language, type LocalDate, type Money } from '@app/core';

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
    }
  | { kind: 'SUBMISSION_DEADLINE'; tenderId: number; title: string; buyer: string; daysLeft: number; deadline: string; stage: string };

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

const TEMPLATES: Templates = {
  WORK_PACKAGE_OFFERED: (p, l) => {
    const when = formatInstantIn(l, new Date(p.deadline));
    const from = formatDateIn(l, p.windowStart);
    const to = formatDateIn(l, p.windowEnd);
    const price = p.price ? formatMoneyIn(l, p.price) : null;
    return l === Language.NB
      ? {
          subject: `Ny arbeidspakke: ${p.title}`,
          body: `TotAl-Fly tilbyr bedriften din arbeidspakke ${p.workPackageId} «${p.title}» (${p.hours} timer, ${from}–${to}${price ? `, ${price}` : ''}). Svar – godta, avslå eller gi motbud – innen ${when}.`,
        }
      : {
          subject: `New work package: ${p.title}`,
          body: `TotAl-Fly offers your firm work package ${p.workPackageId} "${p.title}" (${p.hours} h, ${from} to ${to}${price ? `, ${price}` : ''}). Please accept, decline or counter by ${when}.`,
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
          subject: `Påminnelse: svar på arbeidspakke ${p.workPackageId} innen ${p.hoursLeft} timer`,
          body: `Arbeidspakke ${p.workPackageId} «${p.title}» trenger svaret ditt innen ${when}.`,
        }
      : {
          subject: `Reminder: answer work package ${p.workPackageId} within ${p.hoursLeft} hours`,
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
    const tally = nb
      ? `${p.yes} ja, ${p.no} nei, ${p.abstain} avstår${p.tieBrokenByChair ? ', lederen avgjorde ved stemmelikhet' : ''}`
      : `${p.yes} yes, ${p.no} no, ${p.abstain} abstain${p.tieBrokenByChair ? ', tie broken by the chair' : ''}`;
    return nb
      ? { subject: `Styringskomitésak ${p.decisionId}: ${result}`, body: `${p.question} Resultat: ${result} (${tally}).` }
      : { subject: `Steering decision ${p.decisionId}: ${result}`, body: `${p.question} Result: ${result} (${tally}).` };
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
};

export function renderNotification(params: NotificationParams, lang: Language): NotificationText {
  const t = (TEMPLATES[params.kind] as (p: NotificationParams, l: Language) => NotificationText)(params, lang);
  return { subject: t.subject.slice(0, 300), body: t.body };
}

/** The heading of what a notification is about (a package's title, a tender's, a decision's question). */
export function notificationLabel(params: NotificationParams): string {
  return 'title' in params ? params.title : params.question;
}

/** The bid a work-package notification belongs to (the project leader's link goes to its bid board). */
export function notificationBidId(params: NotificationParams): number | null {
  return 'bidId' in params ? params.bidId : null;
}
