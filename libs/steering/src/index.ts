export * from './steering.module';
export * from './steering.service';
export * from './voting-rules';
export * from './entities/steering.entity';
import { CommitteeMember, SteeringDecision, SteeringRecusal, SteeringVote } from './entities/steering.entity';

export const STEERING_ENTITIES = [CommitteeMember, SteeringDecision, SteeringVote, SteeringRecusal];
