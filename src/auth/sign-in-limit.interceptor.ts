import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, concatMap, from, Observable, throwError } from 'rxjs';
import { isUnauthenticated } from '../common/domain-exception.filter';
import { normaliseUsername } from './officers.dto';
import { SignInKind, SignInLimiter } from './sign-in-limiter';
import { tooManyAttempts } from './sign-in-limits';

const SIGN_IN_KIND = 'rostrum:sign-in-kind';

/** Marks a sign-in route whose failed attempts (401) are counted and, past the limit, refused with 429. */
export const LimitFailedSignIns = (kind: SignInKind) => SetMetadata(SIGN_IN_KIND, kind);

@Injectable()
export class SignInLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: SignInLimiter,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const kind = this.reflector.get<SignInKind | undefined>(SIGN_IN_KIND, context.getHandler());
    if (!kind) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const address = request.ip ?? 'unknown';
    // Runs before validation: a malformed body has no username or code yet and fails with 400 anyway.
    const body = request.body as { username?: unknown; code?: unknown } | undefined;
    const tried = kind === 'login' ? body?.username : body?.code;
    // Nothing to check, so no guess: the 400 comes without counting (nor holding up) anything.
    if (typeof tried !== 'string') return next.handle();
    const subject = kind === 'login' ? normaliseUsername(tried).slice(0, 100) : tried;
    // While blocked even a right password is refused, so a guess cannot be confirmed.
    const attempt = await this.limiter.begin(kind, address, subject);
    if ('retryAfterSeconds' in attempt) {
      context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(attempt.retryAfterSeconds));
      throw tooManyAttempts(attempt.retryAfterSeconds);
    }
    // Counted as failed already; taken back before the answer leaves when it was not, so the next
    // attempt (on any instance) sees it. Any other error (400, 503) is not a guess either.
    return next.handle().pipe(
      concatMap(async (body) => {
        await attempt.succeeded();
        return body;
      }),
      catchError((error: unknown) => {
        if (isUnauthenticated(error)) return throwError(() => error);
        return from(attempt.succeeded()).pipe(concatMap(() => throwError(() => error)));
      }),
    );
  }
}
