// Generated migrations are listed here in order (npm run migration:generate -- <Name> appends).
import { Initial1795948865749 } from './1795948865749-initial';
import { AuditAppendOnly1795948865750 } from './1795948865750-audit-append-only';
import { MemberRegister1795949431548 } from './1795949431548-member-register';
import { Tenders1795949925621 } from './1795949925621-tenders';
import { Bids1795950595196 } from './1795950595196-bids';
import { SteeringSubmissionNotifications1795951295534 } from './1795951295534-steering-submission-notifications';
import { Brochures1795951927140 } from './1795951927140-brochures';
import { OrdersRoyalties1795952414662 } from './1795952414662-orders-royalties';
import { RoyaltiesImmutable1795952414663 } from './1795952414663-royalties-immutable';
import { Pipeline1795953199675 } from './1795953199675-pipeline';
import { InvoiceKindLength1795954154883 } from './1795954154883-invoice-kind-length';
import { PipelineIndexes1795959172198 } from './1795959172198-pipeline-indexes';
import { RoyaltyReadCover1795966815335 } from './1795966815335-royalty-read-cover';
import { RoyaltyLinesRework1795966815336 } from './1795966815336-royalty-lines-rework';
import { NetworkContact1795969922174 } from './1795969922174-network-contact';
import { PipelineUpkeep1795975084847 } from './1795975084847-pipeline-upkeep';
import { PipelineNeedsRequirementDelete1795978000000 } from './1795978000000-pipeline-needs-requirement-delete';
import { Exchange1796565684628 } from './1796565684628-exchange';
import { Audits1796565939413 } from './1796565939413-audits';
import { AuditRecordsAppendOnly1796565939414 } from './1796565939414-audit-records-append-only';
import { PipelinePackageCounts1796566389463 } from './1796566389463-pipeline-package-counts';
import { CommittedHoursIndex1796566953430 } from './1796566953430-committed-hours-index';
import { CapabilityTextsInBothLanguages1796567723513 } from './1796567723513-capability-texts-in-both-languages';
import { MoneyReports1796568346529 } from './1796568346529-money-reports';
import { ConsoleSessions1796569000000 } from './1796569000000-console-sessions';
import { OcdsImportFidelity1796569302473 } from './1796569302473-ocds-import-fidelity';
import { BoardRules1796569400000 } from './1796569400000-board-rules';
import { Activities1796582961594 } from './1796582961594-activities';
import { PipelineReadIndexes1796600178769 } from './1796600178769-pipeline-read-indexes';
import { InvoiceCreditsIndex1796669927326 } from './1796669927326-invoice-credits-index';
export const MIGRATIONS = [
  Initial1795948865749,
  AuditAppendOnly1795948865750,
  MemberRegister1795949431548,
  Tenders1795949925621,
  Bids1795950595196,
  SteeringSubmissionNotifications1795951295534,
  Brochures1795951927140,
  OrdersRoyalties1795952414662,
  RoyaltiesImmutable1795952414663,
  Pipeline1795953199675,
  InvoiceKindLength1795954154883,
  PipelineIndexes1795959172198,
  RoyaltyReadCover1795966815335,
  RoyaltyLinesRework1795966815336,
  NetworkContact1795969922174,
  PipelineUpkeep1795975084847,
  PipelineNeedsRequirementDelete1795978000000,
  Exchange1796565684628,
  Audits1796565939413,
  AuditRecordsAppendOnly1796565939414,
  PipelinePackageCounts1796566389463,
  CommittedHoursIndex1796566953430,
  CapabilityTextsInBothLanguages1796567723513,
  MoneyReports1796568346529,
  ConsoleSessions1796569000000,
  OcdsImportFidelity1796569302473,
  BoardRules1796569400000,
  Activities1796582961594,
  PipelineReadIndexes1796600178769,
  InvoiceCreditsIndex1796669927326,
];
