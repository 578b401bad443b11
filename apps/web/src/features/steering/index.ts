export { DecisionsPage } from './decisions-page';
