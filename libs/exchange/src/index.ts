// The capacity exchange's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { ExchangePosting, ExchangeTerms, LoanAgreement, LoanHours } from './entities/exchange.entity';

export { ExchangeModule } from './exchange.module';
export { ExchangeTermsService } from './terms.service';
export { ExchangeMatchingService } from './exchange-matching.service';
export { monthsBetween } from './exchange-rules';
export {
  AgreementStatus,
  ExchangePosting,
  ExchangeTerms,
  LoanAgreement,
  LoanHours,
  LoanHoursStatus,
  LoanResource,
  PostingKind,
  PostingStatus,
  PricingBasis,
  ServiceFeePayer,
} from './entities/exchange.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const EXCHANGE_ENTITIES = [ExchangeTerms, ExchangePosting, LoanAgreement, LoanHours];
