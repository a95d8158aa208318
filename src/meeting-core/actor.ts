import type { Principal } from '../auth/principal';
import type { InscriptionActor } from '../domain/speakers/inscription-rules';

export const actorOf = (principal: Principal): InscriptionActor =>
  principal.role === 'officer' ? { role: 'officer' } : { role: 'delegate', delegationId: principal.delegationId };
