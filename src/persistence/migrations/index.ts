import { InitialSchema1795619265813 } from './1795619265813-InitialSchema';

export const MIGRATIONS = [InitialSchema1795619265813];
