import { SignInAttempts1795700018011 } from './1795700018011-SignInAttempts';
import { StorageProbe1795700018001 } from './1795700018001-StorageProbe';
import { AuditActionLength1795626413310 } from './1795626413310-AuditActionLength';
import { InitialSchema1795621699620 } from './1795621699620-InitialSchema';

/** PostgreSQL's twin of ../migrations (sqlite): one generated migration per schema change, in both sets. */
export const POSTGRES_MIGRATIONS = [InitialSchema1795621699620, AuditActionLength1795626413310, StorageProbe1795700018001, SignInAttempts1795700018011];
