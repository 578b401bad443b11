// The identity context's public face (docs/ARCHITECTURE.md, "Where things live in a context").
import { LoginFailure } from './entities/login-failure.entity';
import { RefreshSession } from './entities/refresh-session.entity';
import { User } from './entities/user.entity';

export { IdentityModule } from './identity.module';
export { AuthService, LOGIN_LIMITS } from './auth.service';
export { SessionsService } from './sessions.service';
export { UsersService } from './users.service';
export { UserByIdLoader } from './loaders/user-by-id.loader';
export { PersonModel } from './api/models/user.model';
export { User } from './entities/user.entity';

/** Entities this context owns; the platform registers them with the data source. */
export const IDENTITY_ENTITIES = [User, LoginFailure, RefreshSession];
