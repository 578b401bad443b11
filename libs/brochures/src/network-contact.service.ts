import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Actor, AppError, Database, type FieldProblem, audit, ErrorReason, demand, FieldRule } from '@app/core';
import { NetworkContactRecord } from './entities/network-contact.entity';
import type { BrochureLanguage, NetworkContact } from './pdf';
import { BROCHURE_PERMISSIONS } from './brochures.permissions';

export interface NetworkContactInput {
  name: string;
  roleNb: string;
  roleEn: string;
  email: string;
  phone: string;
  address: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,38}$/;
const LIMITS: Record<keyof NetworkContactInput, number> = { name: 200, roleNb: 200, roleEn: 200, email: 254, phone: 40, address: 500 };

/** The network's contact for buyers, as printed on the brochures. */
@Injectable()
export class NetworkContactService {
  constructor(private readonly db: Database) {}

  /** Null until the project leader sets it. It is on every brochure, so anyone signed in may read it. */
  async get(actor: Actor): Promise<NetworkContactRecord | null> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read((em) => em.findOneBy(NetworkContactRecord, { id: 1 }));
  }

  async set(actor: Actor, input: NetworkContactInput): Promise<NetworkContactRecord> {
    demand(actor, BROCHURE_PERMISSIONS.setNetworkContact, "The project leader sets the network's contact.");
    const clean = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v ?? '').trim()])) as unknown as NetworkContactInput;
    const problems: FieldProblem[] = [];
    for (const [field, max] of Object.entries(LIMITS) as [keyof NetworkContactInput, number][]) {
      if (!clean[field]) problems.push({ field, message: 'required', rule: FieldRule.REQUIRED });
      else if (clean[field].length > max)
        problems.push({ field, message: `at most ${max} characters`, rule: FieldRule.AT_MOST_CHARACTERS, params: { max } });
    }
    if (clean.email && !EMAIL.test(clean.email))
      problems.push({ field: 'email', message: 'an e-mail address such as post@example.no', rule: FieldRule.NOT_AN_EMAIL });
    if (clean.phone && !PHONE.test(clean.phone))
      problems.push({
        field: 'phone',
        message: 'digits, spaces and an optional leading +, e.g. +47 61 00 00 00',
        rule: FieldRule.NOT_A_PHONE_NUMBER,
      });
    if (problems.length) throw AppError.invalid('The contact', problems);
    return this.db.transaction(async (tx) => {
      const before = await tx.findOneBy(NetworkContactRecord, { id: 1 });
      const saved = await tx.save(
        tx.create(NetworkContactRecord, {
          ...(before ?? {}),
          id: 1,
          ...clean,
          updatedAt: new Date(),
          updatedByUserId: actor.kind === 'user' && actor.userId > 0 ? actor.userId : null,
        }),
      );
      await audit(tx, actor, { action: 'setNetworkContact', entityType: 'NetworkContact', entityId: 1, before, after: { ...saved } });
      return saved;
    });
  }

  /** The contact as a brochure prints it, in its language; refuses while none is set. */
  async forBrochure(em: EntityManager, language: BrochureLanguage): Promise<NetworkContact> {
    const c = await em.findOneBy(NetworkContactRecord, { id: 1 });
    if (!c)
      throw AppError.conflict(
        "Set the network's contact for buyers first (setNetworkContact): every brochure prints it, and none goes out with a placeholder.",
        { reason: ErrorReason.NO_NETWORK_CONTACT },
      );
    return { name: c.name, role: language === 'nb' ? c.roleNb : c.roleEn, email: c.email, phone: c.phone, address: c.address };
  }
}
