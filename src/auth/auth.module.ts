import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ConferencesModule } from '../conferences/conferences.module';
import { DelegationEntity } from '../conferences/delegation.entity';
import { LiveModule } from '../live/live.module';
import { RedisConnection } from '../persistence/redis-connection';
import { AccessCodeEntity } from './access-code.entity';
import { AccessCodesController } from './access-codes.controller';
import { AccessCodesService } from './access-codes.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { ConferenceAccessCodesController } from './conference-access-codes.controller';
import { ConferenceAccessCodesService } from './conference-access-codes.service';
import { FirstOfficerSetup } from './first-officer-setup';
import { resolveJwtSecret } from './jwt-secret';
import { OfficerBootstrap } from './officer-bootstrap';
import { OfficerEntity } from './officer.entity';
import { OfficersController } from './officers.controller';
import { OfficersService } from './officers.service';
import { SetupTokenEntity } from './setup-token.entity';
import { ARGON2_COST, PASSWORD_HASH_COST, PasswordHasher } from './password-hasher';
import { SignInLimitInterceptor } from './sign-in-limit.interceptor';
import { SignInLimiter } from './sign-in-limiter';
import { SIGN_IN_REQUESTS_PER_MINUTE, SIGN_IN_THROTTLE_TTL_MS } from './sign-in-limits';
import { SignInThrottlerGuard } from './sign-in-throttler.guard';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([OfficerEntity, AccessCodeEntity, DelegationEntity, SetupTokenEntity]),
    ConferencesModule,
    LiveModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A key object, not the string: given a string, jsonwebtoken first tries (and fails) to read
        // it as a PEM public key on every verify, about a millisecond a request.
        secret: createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8')),
        signOptions: { expiresIn: config.tokenTtlSeconds, issuer: 'rostrum' },
        verifyOptions: { issuer: 'rostrum' },
      }),
    }),
    // Used only by SignInThrottlerGuard on the sign-in routes, not as a global guard.
    ThrottlerModule.forRootAsync({
      inject: [RedisConnection],
      useFactory: (redis: RedisConnection) => ({
        throttlers: [{ ttl: SIGN_IN_THROTTLE_TTL_MS, limit: SIGN_IN_REQUESTS_PER_MINUTE }],
        // Counted in Redis when several instances share the load (REDIS_URL), in memory otherwise.
        storage: redis.client ? new ThrottlerStorageRedisService(redis.client) : undefined,
      }),
    }),
  ],
  controllers: [AuthController, AccessCodesController, ConferenceAccessCodesController, OfficersController],
  providers: [
    TokenService,
    PasswordHasher,
    { provide: PASSWORD_HASH_COST, useValue: ARGON2_COST },
    OfficersService,
    FirstOfficerSetup,
    OfficerBootstrap,
    AuthService,
    AccessCodesService,
    ConferenceAccessCodesService,
    SignInLimiter,
    SignInLimitInterceptor,
    SignInThrottlerGuard,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, FirstOfficerSetup],
})
export class AuthModule {}
