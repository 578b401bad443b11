import { Injectable } from '@nestjs/common';
import { type Actor, AppError, Database, type Page, Role, audit, decodeCursor, hasRole, toPage } from '@app/core';
import { Member } from './entities/member.entity';

export interface RegisterMember {
  name: string;
  website?: string | null;
}

/** Normalises "www.x.no" to "https://www.x.no"; keeps explicit http(s) URLs. */
export function normaliseWebsite(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  return /^https?:\/\//i.test(s) ? s : `https://${s}`;
}

@Injectable()
export class MembersService {
  constructor(private readonly db: Database) {}

  async list(actor: Actor, page: { first: number; after?: string }): Promise<Page<Member>> {
    if (actor.kind !== 'user') throw AppError.unauthenticated();
    return this.db.read(async (em) => {
      const qb = em.createQueryBuilder(Member, 'm');
      const total = await qb.clone().getCount();
      if (page.after) {
        const [name, id] = decodeCursor(page.after, 2);
        qb.where('(m.name > :name OR (m.name = :name AND m.id > :id))', { name, id });
      }
      const rows = await qb
        .orderBy('m.name', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .take(page.first + 1)
        .getMany();
      return toPage(rows, page.first, total, (m) => [m.name, m.id]);
    });
  }

  async register(actor: Actor, input: RegisterMember): Promise<Member> {
    if (!hasRole(actor, Role.ADMIN, Role.PROJECT_LEADER)) throw AppError.forbidden();
    return this.db.transaction(async (tx) => {
      const name = input.name.trim();
      if (await tx.existsBy(Member, { name })) {
        throw AppError.conflict(`A member named "${name}" is already registered.`, { field: 'name' });
      }
      const member = await tx.save(tx.create(Member, { name, website: normaliseWebsite(input.website) }));
      await audit(tx, actor, {
        action: 'registerMember',
        entityType: 'Member',
        entityId: member.id,
        after: { name, website: member.website },
      });
      return member;
    });
  }
}
