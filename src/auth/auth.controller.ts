import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DelegateSession, DelegateSignInDto, FirstOfficerSetupDto, LoginDto, OfficerSession } from './auth.dto';
import { AuthService } from './auth.service';
import { FirstOfficerSetup } from './first-officer-setup';
import { IgnoreAccessToken } from './require-role.decorator';
import { LimitFailedSignIns, SignInLimitInterceptor } from './sign-in-limit.interceptor';
import { SignInThrottlerGuard } from './sign-in-throttler.guard';

@ApiTags('auth')
@ApiUnauthorizedResponse({ description: 'Wrong credentials, or an unknown, revoked or expired code' })
@ApiTooManyRequestsResponse({ description: 'Too many failed attempts; see Retry-After' })
@IgnoreAccessToken()
@UseGuards(SignInThrottlerGuard)
@UseInterceptors(SignInLimitInterceptor)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly setup: FirstOfficerSetup,
  ) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @LimitFailedSignIns('login')
  login(@Body() body: LoginDto): Promise<OfficerSession> {
    return this.auth.login(body.username, body.password);
  }

  @Post('delegate')
  @HttpCode(HttpStatus.OK)
  @LimitFailedSignIns('code')
  delegate(@Body() body: DelegateSignInDto): Promise<DelegateSession> {
    return this.auth.redeem(body.code);
  }

  /** First run: the token of the printed set-up link creates the first officer, once. */
  @Post('setup')
  @LimitFailedSignIns('code')
  @ApiCreatedResponse({ description: 'The first officer, signed in: {accessToken, role: "officer", expiresAt, officer}' })
  @ApiConflictResponse({ description: 'An officer already exists' })
  firstOfficer(@Body() body: FirstOfficerSetupDto): Promise<OfficerSession> {
    return this.setup.complete(body);
  }
}
