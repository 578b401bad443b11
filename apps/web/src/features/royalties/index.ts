export { RoyaltiesPage } from './royalties-page';
export { StatementPage } from './statement-page';
