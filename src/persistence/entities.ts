import { AccessCodeEntity } from '../auth/access-code.entity';
import { OfficerEntity } from '../auth/officer.entity';
import { SetupTokenEntity } from '../auth/setup-token.entity';
import { SignInAttemptsEntity } from '../auth/sign-in-attempts.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AgendaItemEntity } from '../conferences/agenda-item.entity';
import { ConferenceEntity } from '../conferences/conference.entity';
import { DelegationEntity, DelegationMembershipEntity } from '../conferences/delegation.entity';
import { RoomEntity } from '../conferences/room.entity';
import { FloorEntity } from '../floor/floor.entity';
import { StatementEntity } from '../floor/statement.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { DelegationPresenceEntity } from '../presence/delegation-presence.entity';
import { ScreenLinkEntity } from '../screens/screen-link.entity';
import { SpeakerEntryEntity } from '../speakers/speaker-entry.entity';
import { SpeakersListEntity } from '../speakers/speakers-list.entity';
import { WebhookDeliveryEntity, WebhookEntity } from '../webhooks/webhook.entity';

export const ENTITIES = [
  ConferenceEntity,
  RoomEntity,
  AgendaItemEntity,
  DelegationEntity,
  DelegationMembershipEntity,
  MeetingEntity,
  SpeakersListEntity,
  SpeakerEntryEntity,
  FloorEntity,
  StatementEntity,
  OfficerEntity,
  AccessCodeEntity,
  AuditEntryEntity,
  DelegationPresenceEntity,
  SetupTokenEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  SignInAttemptsEntity,
  ScreenLinkEntity,
];
