// The steering context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { CommitteeMember, SteeringDecision, SteeringRecusal, SteeringVote } from './entities/steering.entity';

export { SteeringModule } from './steering.module';
export { ACTIVITY_APPROVAL_PORT, type DecisionSubject, SteeringService } from './steering.service';
export { CommitteeMember, DecisionKind, DecisionStatus, SteeringDecision, SteeringVote } from './entities/steering.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const STEERING_ENTITIES = [CommitteeMember, SteeringDecision, SteeringVote, SteeringRecusal];
