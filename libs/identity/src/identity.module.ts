import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { MembersModule } from '@app/members';
import { IdentityResolver } from './api/identity.resolver';
import { AuditTrailService } from './audit-trail.service';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { UserByIdLoader } from './loaders/user-by-id.loader';
import { UsersService } from './users.service';

export const JWT_ISSUER = 'totalfly';
export const JWT_AUDIENCE = 'totalfly-api';

@Module({
  imports: [
    MembersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // The secret as a key object made once: given a string, jsonwebtoken first tries it as a
        // public key on every sign and verify (an exception each time, ~0.5 ms per request).
        const key = createSecretKey(Buffer.from(config.jwt.secret, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          // Pinned: only HS256 is signed or accepted, so "alg: none" and RS/HS confusion fail.
          signOptions: { algorithm: 'HS256', expiresIn: config.jwt.ttlSeconds, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
          verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        };
      },
    }),
  ],
  providers: [AuthService, UsersService, SessionsService, UserByIdLoader, AuditTrailService, IdentityResolver],
  exports: [AuthService, UsersService, SessionsService, UserByIdLoader],
})
export class IdentityModule {}
