import type { AgendaItemView, ConferenceDetail, ConferenceSummary, DelegationView } from '../shared/api-types';
import type { AgendaItemEntity } from './agenda-item.entity';
import type { ConferenceEntity } from './conference.entity';
import { namesOf } from './delegation-names';
import type { DelegationEntity } from './delegation.entity';

export function toConferenceSummary(conference: ConferenceEntity): ConferenceSummary {
  return {
    slug: conference.slug,
    title: conference.title,
    timeZone: conference.timeZone,
    startsOn: conference.startsOn,
    endsOn: conference.endsOn,
  };
}

export function toConferenceDetail(conference: ConferenceEntity): ConferenceDetail {
  return {
    ...toConferenceSummary(conference),
    shortTitle: conference.shortTitle,
    venue: conference.venue,
    statementLimits: { ...conference.statementLimits, 'right-of-reply': conference.rightOfReplySeconds[0] ?? 0 },
    rightOfReplySeconds: conference.rightOfReplySeconds,
    warningSeconds: conference.warningSeconds,
    speakingOrder: conference.speakingOrder,
    bureau: conference.bureau.map(({ role, regionalGroup, delegation, person }) => ({ role, regionalGroup, delegation, person })),
    documents: (conference.documents ?? []).map(({ symbol, title, date }) => ({ symbol, title, date })),
    limitNotes: Object.fromEntries(
      Object.entries(conference.limitNotes ?? {}).map(([limit, { provisional, note }]) => [limit, { provisional, note }]),
    ),
    enforcement: { mode: conference.enforcementMode, graceSeconds: conference.enforcementGraceSeconds },
    version: conference.version,
  };
}

export function toAgendaItemView(item: AgendaItemEntity): AgendaItemView {
  return { id: item.id, code: item.code, title: item.title };
}

export function toDelegationView(delegation: DelegationEntity, groups: { memberOf: number[]; observerOf: number[] }): DelegationView {
  return {
    id: delegation.id,
    name: delegation.name,
    names: namesOf(delegation),
    kind: delegation.kind,
    regionalGroup: delegation.regionalGroup,
    regionalGroups: delegation.regionalGroups ?? (delegation.regionalGroup === null ? [] : [delegation.regionalGroup]),
    memberOf: groups.memberOf,
    observerOf: groups.observerOf,
    provisional: delegation.provisional,
    note: delegation.note,
  };
}
