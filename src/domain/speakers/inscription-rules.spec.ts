import { Capacity, DelegationKind } from '../capacity';
import { DomainError } from '../domain-error';
import { ExistingEntry, InscriptionRequest, SpokenForGroup, checkInscription } from './inscription-rules';

const KENYA = { id: 1, name: 'Kenya', kind: 'member-state', memberOf: [100] } as const;
const AFRICAN_GROUP: SpokenForGroup = { id: 100, name: 'African Group', kind: 'group' };
const NAM: SpokenForGroup = { id: 101, name: 'Non-Aligned Movement', kind: 'group' };
const KENYA_DELEGATE = { role: 'delegate', delegationId: KENYA.id } as const;
const OFFICER = { role: 'officer' } as const;
const STATEMENT_LIMITS = {
  national: 180,
  group: 300,
  observer: 180,
  organization: 180,
  'civil-society': 120,
  'point-of-order': 60,
};

function request(overrides: Partial<InscriptionRequest>): InscriptionRequest {
  return {
    actor: KENYA_DELEGATE,
    delegation: KENYA,
    capacity: 'national',
    onBehalfOf: null,
    limits: { statementLimits: STATEMENT_LIMITS, rightOfReplySeconds: [600, 300] },
    listClosed: false,
    existingEntries: [],
    ...overrides,
  };
}

/** The limit an accepted inscription gets (throws if refused). */
function limitFor(overrides: Partial<InscriptionRequest> = {}): number {
  return checkInscription(request(overrides)).limitSeconds;
}

/** The DomainError checkInscription throws for this request. */
function refusal(overrides: Partial<InscriptionRequest>): DomainError {
  try {
    checkInscription(request(overrides));
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected checkInscription to refuse');
}

function entry(overrides: Partial<ExistingEntry> = {}): ExistingEntry {
  return {
    delegationId: KENYA.id,
    capacity: 'national',
    onBehalfOfId: null,
    status: 'waiting',
    position: 1,
    ...overrides,
  };
}

/** A delegation of the kind, inscribing itself. */
function selfInscription(kind: DelegationKind): Partial<InscriptionRequest> {
  return { delegation: { id: 7, name: `A ${kind}`, kind, memberOf: [] }, actor: { role: 'delegate', delegationId: 7 } };
}

describe('time limits', () => {
  it.each<[Capacity, number]>([
    ['national', 180],
    ['point-of-order', 60],
  ])('takes the %s limit from the conference statement limits', (capacity, seconds) => {
    expect(checkInscription(request({ capacity }))).toEqual({ limitSeconds: seconds });
  });

  it('takes the group limit for a group statement', () => {
    expect(limitFor({ capacity: 'group', onBehalfOf: AFRICAN_GROUP })).toBe(300);
  });
});

describe('who may inscribe whom', () => {
  it('forbids a delegate to inscribe another delegation', () => {
    expect(refusal({ actor: { role: 'delegate', delegationId: 2 } }).code).toBe('OWN_DELEGATION_ONLY');
  });

  it('lets an officer inscribe any delegation', () => {
    expect(limitFor({ actor: OFFICER })).toBe(180);
  });
});

describe('group statements', () => {
  const actors = [['delegate', KENYA_DELEGATE] as const, ['officer', OFFICER] as const];

  it.each(actors)('refuses a group statement without onBehalfOf (%s) with INVALID_INPUT', (_who, actor) => {
    expect(refusal({ actor, capacity: 'group' }).code).toBe('INVALID_INPUT');
  });

  it.each(actors)('refuses onBehalfOf naming a non-group (%s) with INVALID_INPUT', (_who, actor) => {
    const germany: SpokenForGroup = { id: 2, name: 'Germany', kind: 'member-state' };
    expect(refusal({ actor, capacity: 'group', onBehalfOf: germany }).code).toBe('INVALID_INPUT');
  });

  it('forbids a delegate to speak for a group its delegation is not a member of', () => {
    const error = refusal({ capacity: 'group', onBehalfOf: NAM });
    expect(error.code).toBe('NOT_GROUP_MEMBER');
    expect(error.message).toBe('Kenya is not a member of Non-Aligned Movement');
  });

  it('lets an officer inscribe a group statement for a non-member', () => {
    expect(limitFor({ actor: OFFICER, capacity: 'group', onBehalfOf: NAM })).toBe(300);
  });

  it('refuses onBehalfOf on a capacity other than group with INVALID_INPUT', () => {
    expect(refusal({ onBehalfOf: AFRICAN_GROUP }).code).toBe('INVALID_INPUT');
  });
});

describe('capacity by delegation kind', () => {
  it.each<[Capacity, DelegationKind]>([
    ['national', 'observer-state'],
    ['national', 'organization'],
    ['observer', 'member-state'],
    ['observer', 'civil-society'],
    ['organization', 'member-state'],
    ['organization', 'civil-society'],
    ['civil-society', 'member-state'],
    ['civil-society', 'organization'],
  ])('forbids a delegate to speak as %s for a %s delegation', (capacity, kind) => {
    expect(refusal({ ...selfInscription(kind), capacity }).code).toBe('CAPACITY_NOT_ALLOWED');
  });

  it.each<[Capacity, DelegationKind]>([
    ['national', 'member-state'],
    ['observer', 'observer-state'],
    ['organization', 'organization'],
    ['civil-society', 'civil-society'],
    ['right-of-reply', 'organization'],
    ['point-of-order', 'civil-society'],
  ])('lets a delegate speak as %s for a %s delegation', (capacity, kind) => {
    expect(() => limitFor({ ...selfInscription(kind), capacity })).not.toThrow();
  });

  it('lets an officer override the capacity for the kind', () => {
    expect(limitFor({ ...selfInscription('civil-society'), actor: OFFICER, capacity: 'national' })).toBe(180);
  });
});

describe('closed list', () => {
  it('refuses a delegate with LIST_CLOSED', () => {
    expect(refusal({ listClosed: true }).code).toBe('LIST_CLOSED');
  });

  it('lets an officer still add to a closed list', () => {
    expect(limitFor({ actor: OFFICER, listClosed: true })).toBe(180);
  });

  it.each<Capacity>(['point-of-order', 'right-of-reply'])('still takes a delegate %s on a closed list', (capacity) => {
    expect(() => limitFor({ capacity, listClosed: true })).not.toThrow();
  });
});

describe('one waiting entry per delegation and capacity', () => {
  const forAfricanGroup = (overrides: Partial<ExistingEntry> = {}) =>
    entry({ capacity: 'group', onBehalfOfId: AFRICAN_GROUP.id, ...overrides });

  it('refuses a second waiting national entry, saying where the first stands', () => {
    const error = refusal({ existingEntries: [entry({ position: 4 })] });
    expect(error.code).toBe('ALREADY_LISTED');
    expect(error.message).toBe('Kenya is already on the list as national speaker at position 4');
  });

  it('applies to an officer too', () => {
    expect(refusal({ actor: OFFICER, existingEntries: [entry()] }).code).toBe('ALREADY_LISTED');
  });

  it.each<ExistingEntry['status']>(['done', 'withdrawn', 'speaking'])('does not count an entry %s', (status) => {
    expect(() => limitFor({ existingEntries: [entry({ status, position: null })] })).not.toThrow();
  });

  it('does not count an entry in another capacity', () => {
    expect(() => limitFor({ existingEntries: [forAfricanGroup()] })).not.toThrow();
  });

  it('does not count another delegation', () => {
    expect(() => limitFor({ existingEntries: [entry({ delegationId: 2 })] })).not.toThrow();
  });

  it('refuses a second statement for the same group, naming the group', () => {
    const existingEntries = [forAfricanGroup({ position: 2 })];
    const error = refusal({ capacity: 'group', onBehalfOf: AFRICAN_GROUP, existingEntries });
    expect(error.code).toBe('ALREADY_LISTED');
    expect(error.message).toBe('Kenya is already on the list speaking for African Group at position 2');
  });

  it('allows a statement for another group', () => {
    const delegation = { ...KENYA, memberOf: [AFRICAN_GROUP.id, NAM.id] };
    const existingEntries = [forAfricanGroup()];
    expect(limitFor({ delegation, capacity: 'group', onBehalfOf: NAM, existingEntries })).toBe(300);
  });
});

describe('rights of reply', () => {
  const reply = (overrides: Partial<ExistingEntry> = {}) =>
    entry({ capacity: 'right-of-reply', status: 'done', position: null, ...overrides });
  const replyAfter = (...existingEntries: ExistingEntry[]): Partial<InscriptionRequest> => ({
    capacity: 'right-of-reply',
    existingEntries,
  });

  it('gives the first right of reply the first limit', () => {
    expect(limitFor(replyAfter())).toBe(600);
  });

  it('gives the second right of reply the second limit', () => {
    expect(limitFor(replyAfter(reply()))).toBe(300);
  });

  it('refuses a third with RIGHT_OF_REPLY_LIMIT', () => {
    const error = refusal(replyAfter(reply(), reply({ status: 'speaking' })));
    expect(error.code).toBe('RIGHT_OF_REPLY_LIMIT');
    expect(error.message).toContain('2 rights of reply');
  });

  it('applies the limit to an officer too', () => {
    expect(refusal({ ...replyAfter(reply(), reply()), actor: OFFICER }).code).toBe('RIGHT_OF_REPLY_LIMIT');
  });

  it('does not count a withdrawn right of reply', () => {
    expect(limitFor(replyAfter(reply({ status: 'withdrawn' }), reply()))).toBe(300);
  });

  it("does not count another delegation's rights of reply", () => {
    expect(limitFor(replyAfter(reply({ delegationId: 2 }), reply({ delegationId: 2 })))).toBe(600);
  });

  it('takes its cap from the configured list of limits', () => {
    const limits = { statementLimits: STATEMENT_LIMITS, rightOfReplySeconds: [240] };
    expect(refusal({ ...replyAfter(reply()), limits }).code).toBe('RIGHT_OF_REPLY_LIMIT');
  });

  it('refuses a second waiting right of reply with ALREADY_LISTED', () => {
    const error = refusal(replyAfter(reply({ status: 'waiting', position: 9 })));
    expect(error.code).toBe('ALREADY_LISTED');
    expect(error.message).toBe('Kenya is already on the list for a right of reply at position 9');
  });
});
