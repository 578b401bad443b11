export * from './matching.module';
export * from './matching.service';
export * from './solver';
export { SuggestConsortiaOptions } from './api/dto/consortium.input';
export { ConsortiumSuggestionModel } from './api/models/consortium.model';
