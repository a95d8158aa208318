import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { concatMap, Observable } from 'rxjs';
import type { RequestWithPrincipal } from '../auth/require-role.decorator';
import { Clock } from '../domain/clock';
import { CLOCK } from '../persistence/clock.provider';
import { AuditWriter } from './audit-writer';

const SECRET_FIELDS = new Set(['password', 'code', 'accessToken']);

function withoutSecrets(value: unknown): Record<string, unknown> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_FIELDS.has(key)));
}

/** Records every successful write by an officer or a delegate: who, what, when, versions. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly writer: AuditWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    if (context.getType() !== 'http' || request.method === 'GET' || !request.principal) return next.handle();
    const principal = request.principal;
    return next.handle().pipe(
      concatMap(async (response: unknown) => {
        const afterVersion = (response as { version?: unknown } | null)?.version;
        const sentVersion = (request.body as { version?: unknown } | undefined)?.version;
        const meetingId = request.route?.path?.includes('/meetings/:id') ? Number(request.params.id) : null;
        const row = {
          at: this.clock.now(),
          meetingId: Number.isInteger(meetingId) ? meetingId : null,
          actorRole: principal.role,
          actorId: principal.role === 'officer' ? principal.officerId : principal.delegationId,
          action: `${request.method} ${request.route?.path ?? request.path}`,
          beforeVersion: typeof afterVersion === 'number' ? (typeof sentVersion === 'number' ? sentVersion : afterVersion - 1) : null,
          afterVersion: typeof afterVersion === 'number' ? afterVersion : null,
          detail: { params: { ...request.params }, body: withoutSecrets(request.body) },
        };
        // Written before the response leaves, so an acknowledged write is always on record.
        await this.writer.record(row);
        return response;
      }),
    );
  }
}
