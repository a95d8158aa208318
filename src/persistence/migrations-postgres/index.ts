import { AuditActionLength1795626413310 } from './1795626413310-AuditActionLength';
import { InitialSchema1795621699620 } from './1795621699620-InitialSchema';
import { MeetingChangedAt1796172465501 } from './1796172465501-MeetingChangedAt';

/** PostgreSQL's twin of ../migrations (sqlite): one generated migration per schema change, in both sets. */
export const POSTGRES_MIGRATIONS = [InitialSchema1795621699620, AuditActionLength1795626413310, MeetingChangedAt1796172465501];
