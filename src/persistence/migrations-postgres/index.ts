import { SignInAttempts1795700018011 } from './1795700018011-SignInAttempts';
import { StorageProbe1795700018001 } from './1795700018001-StorageProbe';
import { AuditActionLength1795626413310 } from './1795626413310-AuditActionLength';
import { EnforcementAndWebhooks1796171792921 } from './1796171792921-EnforcementAndWebhooks';
import { InitialSchema1795621699620 } from './1795621699620-InitialSchema';
import { MeetingChangedAt1796172465501 } from './1796172465501-MeetingChangedAt';
import { FirstRunRehearsalProvisional1796172684973 } from './1796172684973-FirstRunRehearsalProvisional';
import { EntryStatusLength1796178959925 } from './1796178959925-EntryStatusLength';
import { PresenceAndSpeakerMode1796172714381 } from './1796172714381-PresenceAndSpeakerMode';
import { MeetingTitles1796180412738 } from './1796180412738-MeetingTitles';
import { ScreenLinksAndOverlayOnAir1796189154912 } from './1796189154912-ScreenLinksAndOverlayOnAir';

/** PostgreSQL's twin of ../migrations (sqlite): one generated migration per schema change, in both sets. */
export const POSTGRES_MIGRATIONS = [
  InitialSchema1795621699620,
  AuditActionLength1795626413310,
  StorageProbe1795700018001,
  SignInAttempts1795700018011,
  EnforcementAndWebhooks1796171792921,
  MeetingChangedAt1796172465501,
  FirstRunRehearsalProvisional1796172684973,
  PresenceAndSpeakerMode1796172714381,
  EntryStatusLength1796178959925,
  MeetingTitles1796180412738,
  ScreenLinksAndOverlayOnAir1796189154912,
];
