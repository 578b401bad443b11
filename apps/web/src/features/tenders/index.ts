export { TendersPage } from './tenders-page';
export { NewTenderPage } from './new-tender-page';
export { TenderPage } from './tender-page';
export { MARKETS, STAGES, STAGE_COLOR } from './options';
