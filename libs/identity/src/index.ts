export * from './identity.module';
export * from './auth.service';
export * from './users.service';
export * from './entities/user.entity';
import { LoginFailure } from './entities/login-failure.entity';
import { User } from './entities/user.entity';

export const IDENTITY_ENTITIES = [User, LoginFailure];
