import { SignInAttempts1795700018010 } from './1795700018010-SignInAttempts';
import { StorageProbe1795700018000 } from './1795700018000-StorageProbe';
import { AuditActionLength1795626385697 } from './1795626385697-AuditActionLength';
import { InitialSchema1795619265813 } from './1795619265813-InitialSchema';

export const MIGRATIONS = [InitialSchema1795619265813, AuditActionLength1795626385697, StorageProbe1795700018000, SignInAttempts1795700018010];
