export * from './identity.module';
export * from './auth.service';
export * from './users.service';
export * from './entities/user.entity';
export * from './sessions.service';
export { UserByIdLoader } from './loaders/user-by-id.loader';
export { PersonModel } from './api/models/user.model';
export * from './session-cookie';
export * from './entities/refresh-session.entity';
import { LoginFailure } from './entities/login-failure.entity';
import { RefreshSession } from './entities/refresh-session.entity';
import { User } from './entities/user.entity';

export const IDENTITY_ENTITIES = [User, LoginFailure, RefreshSession];
