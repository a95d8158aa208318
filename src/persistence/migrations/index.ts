import { SignInAttempts1795700018010 } from './1795700018010-SignInAttempts';
import { StorageProbe1795700018000 } from './1795700018000-StorageProbe';
import { AuditActionLength1795626385697 } from './1795626385697-AuditActionLength';
import { EnforcementAndWebhooks1796171725703 } from './1796171725703-EnforcementAndWebhooks';
import { InitialSchema1795619265813 } from './1795619265813-InitialSchema';
import { MeetingChangedAt1796172465500 } from './1796172465500-MeetingChangedAt';
import { FirstRunRehearsalProvisional1796172683973 } from './1796172683973-FirstRunRehearsalProvisional';
import { EntryStatusLength1796178941822 } from './1796178941822-EntryStatusLength';
import { PresenceAndSpeakerMode1796172713381 } from './1796172713381-PresenceAndSpeakerMode';
import { MeetingTitles1796180412737 } from './1796180412737-MeetingTitles';
import { ScreenLinksAndOverlayOnAir1796189153912 } from './1796189153912-ScreenLinksAndOverlayOnAir';

export const MIGRATIONS = [
  InitialSchema1795619265813,
  AuditActionLength1795626385697,
  StorageProbe1795700018000,
  SignInAttempts1795700018010,
  EnforcementAndWebhooks1796171725703,
  MeetingChangedAt1796172465500,
  FirstRunRehearsalProvisional1796172683973,
  PresenceAndSpeakerMode1796172713381,
  EntryStatusLength1796178941822,
  MeetingTitles1796180412737,
  ScreenLinksAndOverlayOnAir1796189153912,
];
