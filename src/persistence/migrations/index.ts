import { AuditActionLength1795626385697 } from './1795626385697-AuditActionLength';
import { InitialSchema1795619265813 } from './1795619265813-InitialSchema';
import { PresenceAndSpeakerMode1796171081582 } from './1796171081582-PresenceAndSpeakerMode';

export const MIGRATIONS = [InitialSchema1795619265813, AuditActionLength1795626385697, PresenceAndSpeakerMode1796171081582];
