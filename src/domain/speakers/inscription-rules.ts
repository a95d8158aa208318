import { Capacity, DelegationKind } from '../capacity';
import { DomainError, invalidField } from '../domain-error';
import type { EntryStatus } from './entry-status';

export type InscriptionActor = { role: 'officer' } | { role: 'delegate'; delegationId: number };

export interface InscribingDelegation {
  id: number;
  name: string;
  kind: DelegationKind;
  /** Ids of the group delegations it belongs to. */
  memberOf: readonly number[];
}

export interface SpokenForGroup {
  id: number;
  name: string;
  kind: DelegationKind;
}

export type StatementCapacity = Exclude<Capacity, 'right-of-reply'>;

export interface InscriptionLimits {
  statementLimits: Readonly<Record<StatementCapacity, number>>;
  /** One limit per right of reply in turn, e.g. [600, 300]; its length is the cap per meeting. */
  rightOfReplySeconds: readonly number[];
}


export interface ExistingEntry {
  delegationId: number;
  capacity: Capacity;
  onBehalfOfId: number | null;
  status: EntryStatus;
  /** 1-based among waiting entries; null when not waiting. */
  position: number | null;
}

export interface InscriptionRequest {
  actor: InscriptionActor;
  delegation: InscribingDelegation;
  capacity: Capacity;
  onBehalfOf?: SpokenForGroup | null;
  limits: InscriptionLimits;
  listClosed: boolean;
  /** Every entry of the meeting's list, withdrawn ones included. */
  existingEntries: readonly ExistingEntry[];
}

// The capacity a delegate may use given its delegation's kind; the others are open to all kinds.
const KIND_FOR_CAPACITY: Partial<Record<Capacity, DelegationKind>> = {
  national: 'member-state',
  observer: 'observer-state',
  organization: 'organization',
  'civil-society': 'civil-society',
};

// Points of order may be raised at any time, and rights of reply answer speeches made after
// closure (GA rules of procedure 71 and 73), so closing the list does not stop them.
export const CAPACITIES_OPEN_AFTER_CLOSE: readonly Capacity[] = ['point-of-order', 'right-of-reply'];

/** Checks an inscription against the rules of issue 6; returns the limit to store on the entry. */
export function checkInscription(request: InscriptionRequest): { limitSeconds: number } {
  const { actor, delegation, capacity, listClosed } = request;
  const onBehalfOf = request.onBehalfOf ?? null;
  const isDelegate = actor.role === 'delegate';

  if (actor.role === 'delegate' && actor.delegationId !== delegation.id) {
    throw new DomainError('OWN_DELEGATION_ONLY', 'A delegate may inscribe only its own delegation');
  }
  if (isDelegate && listClosed && !CAPACITIES_OPEN_AFTER_CLOSE.includes(capacity)) {
    throw new DomainError('LIST_CLOSED', 'The list of speakers is closed');
  }
  checkGroup(delegation, capacity, onBehalfOf, isDelegate);
  const requiredKind = KIND_FOR_CAPACITY[capacity];
  if (isDelegate && requiredKind && delegation.kind !== requiredKind) {
    throw new DomainError('CAPACITY_NOT_ALLOWED', `${delegation.name} (${delegation.kind}) cannot speak as ${capacity}`);
  }

  const limitSeconds =
    capacity === 'right-of-reply'
      ? rightOfReplyLimit(request)
      : request.limits.statementLimits[capacity];
  checkNotListed(request, onBehalfOf);
  return { limitSeconds };
}

function checkGroup(
  delegation: InscribingDelegation,
  capacity: Capacity,
  onBehalfOf: SpokenForGroup | null,
  isDelegate: boolean,
): void {
  if (capacity !== 'group') {
    if (onBehalfOf) {
      throw invalidField('onBehalfOfId', 'ONLY_FOR_GROUP', 'onBehalfOfId is only for a group statement');
    }
    return;
  }
  if (!onBehalfOf) {
    throw invalidField('onBehalfOfId', 'REQUIRED', 'A group statement needs onBehalfOfId naming the group');
  }
  if (onBehalfOf.kind !== 'group') {
    throw invalidField('onBehalfOfId', 'NOT_A_GROUP', `onBehalfOfId must name a group; ${onBehalfOf.name} is not one`);
  }
  if (isDelegate && !delegation.memberOf.includes(onBehalfOf.id)) {
    throw new DomainError('NOT_GROUP_MEMBER', `${delegation.name} is not a member of ${onBehalfOf.name}`);
  }
}

function rightOfReplyLimit({ delegation, existingEntries, limits }: InscriptionRequest): number {
  const taken = existingEntries.filter(
    (entry) =>
      entry.delegationId === delegation.id && entry.capacity === 'right-of-reply' && entry.status !== 'withdrawn',
  ).length;
  const max = limits.rightOfReplySeconds.length;
  if (taken >= max) {
    throw new DomainError(
      'RIGHT_OF_REPLY_LIMIT',
      `${delegation.name} has already had ${max} right${max === 1 ? '' : 's'} of reply in this meeting`,
    );
  }
  return limits.rightOfReplySeconds[taken];
}

function checkNotListed(
  { delegation, capacity, existingEntries }: InscriptionRequest,
  onBehalfOf: SpokenForGroup | null,
): void {
  const onBehalfOfId = onBehalfOf?.id ?? null;
  const existing = existingEntries.find(
    (entry) =>
      entry.status === 'waiting' &&
      entry.delegationId === delegation.id &&
      entry.capacity === capacity &&
      (entry.onBehalfOfId ?? null) === onBehalfOfId,
  );
  if (!existing) return;
  const where = existing.position === null ? '' : ` at position ${existing.position}`;
  throw new DomainError(
    'ALREADY_LISTED',
    `${delegation.name} is already on the list ${describeCapacity(capacity, onBehalfOf)}${where}`,
  );
}

function describeCapacity(capacity: Capacity, onBehalfOf: SpokenForGroup | null): string {
  switch (capacity) {
    case 'group':
      return `speaking for ${onBehalfOf?.name ?? 'a group'}`;
    case 'right-of-reply':
      return 'for a right of reply';
    case 'point-of-order':
      return 'for a point of order';
    case 'civil-society':
      return 'as civil society speaker';
    default:
      return `as ${capacity} speaker`;
  }
}
