export * from './royalties.module';
export * from './royalties.service';
export * from './royalty-engine';
export * from './entities/royalty.entity';
import { RoyaltyAgreement, RoyaltyLedgerEntry, RoyaltyPeriod, RoyaltyStatement, RoyaltyStatementLine } from './entities/royalty.entity';

export const ROYALTIES_ENTITIES = [RoyaltyAgreement, RoyaltyStatement, RoyaltyStatementLine, RoyaltyLedgerEntry, RoyaltyPeriod];
