import type { AccessCodeEntity } from './access-code.entity';
import type { AccessCodeStatus, AccessCodeView } from './access-codes.dto';
import type { OfficerEntity } from './officer.entity';
import type { OfficerView } from './officers.dto';

const isoOrNull = (epochMs: number | null): string | null => (epochMs === null ? null : new Date(epochMs).toISOString());

export function accessCodeStatus(row: Pick<AccessCodeEntity, 'revokedAt' | 'expiresAt'>, nowMs: number): AccessCodeStatus {
  if (row.revokedAt !== null) return 'revoked';
  if (row.expiresAt !== null && row.expiresAt <= nowMs) return 'expired';
  return 'active';
}

export function toAccessCodeView(row: AccessCodeEntity, nowMs: number): AccessCodeView {
  return {
    id: row.id,
    delegationId: row.delegationId,
    label: row.label,
    status: accessCodeStatus(row, nowMs),
    createdAt: new Date(row.createdAt).toISOString(),
    expiresAt: isoOrNull(row.expiresAt),
    revokedAt: isoOrNull(row.revokedAt),
    lastUsedAt: isoOrNull(row.lastUsedAt),
  };
}

export function toOfficerView(row: OfficerEntity): OfficerView {
  return { id: row.id, username: row.username, createdAt: new Date(row.createdAt).toISOString() };
}
