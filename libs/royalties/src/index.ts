// The royalties context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { RoyaltyAgreement, RoyaltyLedgerEntry, RoyaltyPeriod, RoyaltyStatement, RoyaltyStatementLine } from './entities/royalty.entity';

export { RoyaltiesModule } from './royalties.module';
export { RoyaltiesService } from './royalties.service';
export {
  LedgerKind,
  RoyaltyAgreement,
  RoyaltyLedgerEntry,
  RoyaltyStatement,
  RoyaltyStatementLine,
  StatementStatus,
} from './entities/royalty.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const ROYALTIES_ENTITIES = [RoyaltyAgreement, RoyaltyStatement, RoyaltyStatementLine, RoyaltyLedgerEntry, RoyaltyPeriod];
