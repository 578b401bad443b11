export { SuggestionPage } from './suggestion-page';
