export { ExchangePage } from './exchange-page';
export { AgreementPage } from './agreement-page';
export { SettlementPage } from './settlement-page';
