import { formatMoney } from '@app/core';

/** A notification's text in both languages; users read Norwegian first. */
export interface Texts {
  nb: { subject: string; body: string };
  en: { subject: string; body: string };
}

/**
 * The text a recipient gets. The notifications context keeps no language per user yet, so every
 * recipient gets Norwegian followed by English; once users have a language (the console's
 * `me.language`), this is the one place to pick theirs.
 */
export function bilingual(t: Texts): { subject: string; body: string } {
  return { subject: `${t.nb.subject} / ${t.en.subject}`, body: `${t.nb.body}\n\n— English —\n${t.en.body}` };
}

const kr = (ore: number) => formatMoney({ minorUnits: ore, currency: 'NOK' });
const krEn = (ore: number) => formatMoney({ minorUnits: ore, currency: 'NOK' }, 'en');

export const messages = {
  agreementProposed: (p: { id: number; lender: string; borrower: string; code: string; hours: number; priceOre: number }): Texts => ({
    nb: {
      subject: `Forslag til låneavtale ${p.id}: ${p.lender} → ${p.borrower}`,
      body: `${p.hours} timer ${p.code} til ${kr(p.priceOre)} per time etter nettverkets felles vilkår. Bekreft eller avslå avtale ${p.id}.`,
    },
    en: {
      subject: `Loan agreement ${p.id} proposed: ${p.lender} → ${p.borrower}`,
      body: `${p.hours} hours of ${p.code} at ${krEn(p.priceOre)} per hour on the network's common terms. Confirm or decline agreement ${p.id}.`,
    },
  }),
  agreementConfirmed: (p: { id: number; lender: string; borrower: string; from: string; to: string }): Texts => ({
    nb: {
      subject: `Låneavtale ${p.id} er i kraft`,
      body: `Begge parter har bekreftet: ${p.lender} låner ut til ${p.borrower} ${p.from}–${p.to}. Låntaker rapporterer timer per måned.`,
    },
    en: {
      subject: `Loan agreement ${p.id} is in force`,
      body: `Both firms have confirmed: ${p.lender} lends to ${p.borrower} ${p.from} to ${p.to}. The borrower reports hours each month.`,
    },
  }),
  agreementClosed: (p: { id: number; status: string; reason: string | null }): Texts => ({
    nb: {
      subject: `Låneavtale ${p.id}: ${p.status === 'DECLINED' ? 'avslått' : p.status === 'CANCELLED' ? 'kansellert' : 'fullført'}`,
      body: p.reason ? `Begrunnelse: ${p.reason}` : `Avtale ${p.id} er fullført.`,
    },
    en: {
      subject: `Loan agreement ${p.id}: ${p.status.toLowerCase()}`,
      body: p.reason ? `Reason: ${p.reason}` : `Agreement ${p.id} is completed.`,
    },
  }),
  hoursReported: (p: { id: number; month: string; hours: number; amountOre: number }): Texts => ({
    nb: {
      subject: `Timer rapportert på låneavtale ${p.id} (${p.month})`,
      body: `Låntaker har rapportert ${p.hours} timer for ${p.month}, ${kr(p.amountOre)}. Bekreft eller avvis timene.`,
    },
    en: {
      subject: `Hours reported on loan agreement ${p.id} (${p.month})`,
      body: `The borrower reported ${p.hours} hours for ${p.month}, ${krEn(p.amountOre)}. Confirm or reject the hours.`,
    },
  }),
  hoursAnswered: (p: { id: number; month: string; confirmed: boolean; reason: string | null }): Texts => ({
    nb: {
      subject: `Timer for ${p.month} på låneavtale ${p.id} ${p.confirmed ? 'bekreftet' : 'avvist'}`,
      body: p.confirmed ? 'Utlåner har bekreftet timene.' : `Utlåner avviste timene: ${p.reason}. Rapporter på nytt.`,
    },
    en: {
      subject: `Hours for ${p.month} on loan agreement ${p.id} ${p.confirmed ? 'confirmed' : 'rejected'}`,
      body: p.confirmed ? 'The lender confirmed the hours.' : `The lender rejected the hours: ${p.reason}. Please report again.`,
    },
  }),
};
