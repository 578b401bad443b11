export * from './exchange.module';
export * from './terms.service';
export * from './postings.service';
export * from './exchange-matching.service';
export * from './agreements.service';
export * from './settlement.service';
export * from './exchange-rules';
export * from './entities/exchange.entity';
import { ExchangePosting, ExchangeTerms, LoanAgreement, LoanHours } from './entities/exchange.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const EXCHANGE_ENTITIES = [ExchangeTerms, ExchangePosting, LoanAgreement, LoanHours];
