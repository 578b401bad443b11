// The matching context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
// The solver itself (./solver) is pure TypeScript with its own index; other contexts use the
// certificate rules and types below, the benchmarks the whole solver.
export { MatchingModule } from './matching.module';
export {
  AWARDED_WORK_PORT,
  type AwardedWorkSource,
  FIRM_WARNINGS_PORT,
  type FirmWarning,
  type FirmWarningSource,
  MatchingService,
  type PackageCover,
} from './matching.service';
export { SuggestConsortiaOptions } from './api/dto/consortium.input';
export { ConsortiumSuggestionModel } from './api/models/consortium.model';
export { certificateLabel, type HeldCertificate, type RequiredCertificate, satisfies, type SolverOptions } from './solver';
