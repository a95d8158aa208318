import { AuditActionLength1795626385697 } from './1795626385697-AuditActionLength';
import { InitialSchema1795619265813 } from './1795619265813-InitialSchema';
import { FirstRunRehearsalProvisional1796170969601 } from './1796170969601-FirstRunRehearsalProvisional';

export const MIGRATIONS = [InitialSchema1795619265813, AuditActionLength1795626385697, FirstRunRehearsalProvisional1796170969601];
