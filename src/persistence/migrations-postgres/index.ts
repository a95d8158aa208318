import { InitialSchema1795621699620 } from './1795621699620-InitialSchema';

/** PostgreSQL's twin of ../migrations (sqlite): one generated migration per schema change, in both sets. */
export const POSTGRES_MIGRATIONS = [InitialSchema1795621699620];
