import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, Database, osloDate } from '@app/core';
import { User } from '@app/identity';
import { CatalogueEntry, Member } from '@app/members';
import { AgreementsService } from './agreements.service';
import { nonSolicitationUntil } from './exchange-rules';
import { type AgreementLanguage, type AgreementParty, renderLoanAgreement } from './pdf/loan-agreement-document';

/**
 * The loan agreement's PDF, for the two firms and the association. Dated the day it came into
 * force (or was proposed, while it waits), so the same agreement always gives the same bytes.
 */
@Injectable()
export class AgreementDocumentService {
  constructor(
    private readonly db: Database,
    private readonly agreements: AgreementsService,
  ) {}

  async render(actor: Actor, id: number, language: AgreementLanguage): Promise<{ pdf: Buffer; filename: string }> {
    const a = await this.agreements.get(actor, id);
    const userIds = [a.lenderConfirmedByUserId, a.borrowerConfirmedByUserId].filter((x): x is number => x !== null);
    const [members, entry, users] = await this.db.read(
      async (em) =>
        [
          await em.findBy(Member, { id: In([a.lenderId, a.borrowerId]) }),
          await em.findOneBy(CatalogueEntry, { code: a.capabilityCode }),
          userIds.length ? await em.findBy(User, { id: In(userIds) }) : ([] as User[]),
        ] as const,
    );
    const email = new Map(users.map((u) => [u.id, u.email]));
    const confirmed = (at: Date | null, by: number | null) => {
      if (!at) return null;
      const day = osloDate(at);
      const who = by !== null ? (email.get(by) ?? `user ${by}`) : '';
      return language === 'nb'
        ? `Bekreftet i TotAl-Fly ${day}${who ? ` av ${who}` : ''}`
        : `Confirmed in TotAl-Fly ${day}${who ? ` by ${who}` : ''}`;
    };
    const party = (memberId: number, at: Date | null, by: number | null): AgreementParty => {
      const m = members.find((x) => x.id === memberId)!;
      const address = [m.streetAddress, [m.postalCode, m.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
      const contact = [m.contactName, m.contactEmail, m.contactPhone].filter(Boolean).join(' · ');
      return { name: m.name, orgNumber: m.orgNumber, address: address || null, contact: contact || null, confirmation: confirmed(at, by) };
    };
    const date = osloDate(a.confirmedAt ?? a.proposedAt);
    const { pdf } = await renderLoanAgreement({
      language,
      date,
      networkName: 'TotAl-Fly',
      agreement: {
        id: a.id,
        status: a.status,
        capabilityCode: a.capabilityCode,
        capabilityName: (language === 'nb' ? entry?.nameNb : entry?.nameEn) ?? a.capabilityCode,
        resource: a.resource,
        hours: a.hours,
        periodStart: a.periodStart,
        periodEnd: a.periodEnd,
        pricePerHourOre: a.pricePerHourOre,
        note: a.note,
      },
      lender: party(a.lenderId, a.lenderConfirmedAt, a.lenderConfirmedByUserId),
      borrower: party(a.borrowerId, a.borrowerConfirmedAt, a.borrowerConfirmedByUserId),
      terms: {
        version: a.termsVersion,
        validFrom: a.termsValidFrom,
        boardDecision: a.boardDecision,
        pricingBasis: a.pricingBasis,
        markupBp: a.markupBp,
        nonSolicitationMonths: a.nonSolicitationMonths,
        nonSolicitationUntil: nonSolicitationUntil(a.periodEnd, a.nonSolicitationMonths),
        serviceFeeBp: a.serviceFeeBp,
        serviceFeePaidBy: a.serviceFeePaidBy,
      },
    });
    return { pdf, filename: `totalfly-loan-agreement-${a.id}-${language}-${date}.pdf` };
  }
}
