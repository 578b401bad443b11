import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Database, groupByKeys, leanShape, type LoaderFactory } from '@app/core';
import { Certificate } from '../entities/certificate.entity';

@Injectable()
export class CertificatesByMemberLoader implements LoaderFactory<number, Certificate[]> {
  constructor(private readonly db: Database) {}

  /**
   * Per-request loader: the certificates of many members in one statement, by type, then latest
   * expiry first, as lean rows. With `columns` (properties of Certificate) only those are read.
   */
  createLoader(_actor?: unknown, columns: readonly string[] | null = null): DataLoader<number, Certificate[]> {
    const props = columns ? [...new Set(['memberId', ...columns])] : null;
    return new DataLoader(async (memberIds) => {
      const rows = await this.db.read(async (em) => {
        // as Certificate instances: `label`, `expired` and `daysToExpiry` are the class's getters
        const shape = leanShape(em, Certificate, 'c', props, { instances: true });
        return shape.read(
          em,
          `SELECT ${shape.select} FROM certificate c WHERE c.member_id IN (${memberIds.map(() => '?').join(', ')}) ORDER BY c.type ASC, c.valid_until DESC, c.id ASC`,
          [...memberIds],
        );
      });
      return groupByKeys(memberIds, rows, (c) => c.memberId);
    });
  }
}
