import type { DelegationMembershipEntity } from './delegation.entity';

/** Each member delegation's groups, and of them those it attends as an observer. */
export function groupsOfMembers(memberships: readonly DelegationMembershipEntity[]): (memberId: number) => { memberOf: number[]; observerOf: number[] } {
  const memberOf = groupsByMember(memberships);
  const observerOf = groupsByMember(memberships.filter((membership) => membership.asObserver));
  return (memberId) => ({ memberOf: memberOf.get(memberId) ?? [], observerOf: observerOf.get(memberId) ?? [] });
}

/** Each member delegation's groups, in the order the rows come. */
export function groupsByMember(memberships: readonly Pick<DelegationMembershipEntity, 'groupId' | 'memberId'>[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const { groupId, memberId } of memberships) index.set(memberId, [...(index.get(memberId) ?? []), groupId]);
  return index;
}
