export * from './matching.module';
export * from './matching.service';
export * from './solver';
export { SuggestConsortiaOptions, ConsortiumSuggestionModel } from './api/consortium.model';
