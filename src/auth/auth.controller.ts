import { Body, Controller, HttpStatus, Post, UseGuards, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiAnswers } from '../openapi/api-answers.decorator';
import { DelegateSession, DelegateSessionDto, DelegateSignInDto, FirstOfficerSetupDto, LoginDto, OfficerSession, OfficerSessionDto } from './auth.dto';
import { AuthService } from './auth.service';
import { FirstOfficerSetup } from './first-officer-setup';
import { IgnoreAccessToken } from './require-role.decorator';
import { LimitFailedSignIns, SignInLimitInterceptor } from './sign-in-limit.interceptor';
import { SignInThrottlerGuard } from './sign-in-throttler.guard';

@ApiTags('auth')
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
  @ApiAnswers({ summary: 'Sign in as an officer', description: '401: wrong username or password. 429: too many failures, see Retry-After.', access: 'signIn' })
  @ZodResponse({ status: HttpStatus.OK, type: OfficerSessionDto, description: "The officer's session" })
  @LimitFailedSignIns('login')
  login(@Body() body: LoginDto): Promise<OfficerSession> {
    return this.auth.login(body.username, body.password);
  }

  @Post('delegate')
  @ApiAnswers({ summary: "Sign in with a delegation's access code", description: '401: an unknown, revoked or expired code. 429: too many failures.', access: 'signIn' })
  @ZodResponse({ status: HttpStatus.OK, type: DelegateSessionDto, description: "The delegation's session" })
  @LimitFailedSignIns('code')
  delegate(@Body() body: DelegateSignInDto): Promise<DelegateSession> {
    return this.auth.redeem(body.code);
  }

  /** First run: the token of the printed set-up link creates the first officer, once. */
  @Post('setup')
  @ApiAnswers({
    summary: 'First run: create the first officer with the set-up token',
    description: '401: an unknown or used token. 409: an officer already exists. 429: too many failures.',
    access: 'signIn',
    errors: [409],
  })
  @ZodResponse({ status: HttpStatus.CREATED, type: OfficerSessionDto, description: 'The first officer, signed in' })
  @LimitFailedSignIns('code')
  firstOfficer(@Body() body: FirstOfficerSetupDto): Promise<OfficerSession> {
    return this.setup.complete(body);
  }
}
