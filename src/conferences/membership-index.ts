import type { DelegationMembershipEntity } from './delegation.entity';

/** Each member delegation's groups, in the order the rows come. */
export function groupsByMember(memberships: readonly Pick<DelegationMembershipEntity, 'groupId' | 'memberId'>[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const { groupId, memberId } of memberships) index.set(memberId, [...(index.get(memberId) ?? []), groupId]);
  return index;
}
