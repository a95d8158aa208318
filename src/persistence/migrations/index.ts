import { AuditActionLength1795626385697 } from './1795626385697-AuditActionLength';
import { InitialSchema1795619265813 } from './1795619265813-InitialSchema';
import { MeetingChangedAt1796172465500 } from './1796172465500-MeetingChangedAt';

export const MIGRATIONS = [InitialSchema1795619265813, AuditActionLength1795626385697, MeetingChangedAt1796172465500];
