import type { DelegationView, FloorStateView, SpeakerEntryView, SpeakersListView, StatementView } from '../../src/shared/api-types';
import { isFirstPlenary } from '../helpers/bms7';
import { connectLive, emitWithAck, LiveClient, nextEvent } from '../helpers/live-client';
import { useBms7App } from '../helpers/use-bms7-app';

const KENYA = { ar: 'كينيا', zh: '肯尼亚', en: 'Kenya', fr: 'Kenya', ru: 'Кения', es: 'Kenya' };
const AFRICAN_GROUP = {
  ar: 'مجموعة الدول الأفريقية',
  zh: '非洲国家组',
  en: 'African Group',
  fr: "Groupe des États d'Afrique",
  ru: 'Группа африканских государств',
  es: 'Grupo de los Estados de África',
};

describe('delegation names in the six UN languages', () => {
  const suite = useBms7App();
  const { api } = suite;
  let meetingId: number;
  let viewer: LiveClient;

  beforeAll(async () => {
    meetingId = suite.bms7.meetingId(isFirstPlenary);
    // A public viewer, as the webcast display is.
    viewer = await connectLive(suite.testApp);
    await emitWithAck(viewer, 'meeting:join', { meetingId });
  });
  afterAll(() => viewer.close());

  const asOfficer = (path: string, body: Record<string, unknown> = {}) =>
    api().post(path).set('Authorization', `Bearer ${suite.officer}`).send(body);

  it('lists every delegation with its names beside its English name', async () => {
    const delegations: DelegationView[] = (await api().get('/api/conferences/bms7/delegations').expect(200)).body;
    expect(delegations.filter((d) => d.names.en !== d.name).map((d) => d.name)).toEqual([]);
    const byName = new Map(delegations.map((d) => [d.name, d.names]));
    expect(byName.get('Kenya')).toEqual(KENYA);
    expect(byName.get('China')?.zh).toBe('中国');
    expect(byName.get('Bolivia (Plurinational State of)')?.fr).toBe('Bolivie (État plurinational de)');
    expect(byName.get('African Group')).toEqual(AFRICAN_GROUP);
  });

  it('names the speaker and the group it speaks for on the entry, the list and its broadcast', async () => {
    const broadcast = nextEvent(viewer, 'speakers:list');
    const created = await asOfficer(`/api/meetings/${meetingId}/speakers`, {
      delegationId: suite.bms7.delegationId('Kenya'),
      capacity: 'group',
      onBehalfOfId: suite.bms7.delegationId('African Group'),
    }).expect(201);
    const entry: SpeakerEntryView = created.body;
    expect(entry.delegation.names).toEqual(KENYA);
    expect(entry.onBehalfOf?.names).toEqual(AFRICAN_GROUP);

    const list: SpeakersListView = (await api().get(`/api/meetings/${meetingId}/speakers`).set('Authorization', `Bearer ${suite.officer}`).expect(200)).body;
    expect(list.entries[0].delegation.names).toEqual(KENYA);
    expect((await broadcast).entries[0].onBehalfOf?.names).toEqual(AFRICAN_GROUP);
  });

  it('names the speaker on the floor, in the reply and in the floor:state broadcast', async () => {
    const broadcast = nextEvent(viewer, 'floor:state');
    const floor: FloorStateView = (await asOfficer(`/api/meetings/${meetingId}/floor/next`).expect(200)).body;
    expect(floor.speaker?.delegation.names).toEqual(KENYA);
    expect((await broadcast).speaker?.delegation.names.ar).toBe('كينيا');
    const read: FloorStateView = (await api().get(`/api/meetings/${meetingId}/floor`).set('Authorization', `Bearer ${suite.officer}`).expect(200)).body;
    expect(read.speaker?.onBehalfOf?.names.zh).toBe('非洲国家组');
  });

  it('names the delegation of a statement once it is made', async () => {
    await asOfficer(`/api/meetings/${meetingId}/floor/start`).expect(200);
    suite.testApp.clock.advance(60_000);
    await asOfficer(`/api/meetings/${meetingId}/floor/next`).expect(200);
    const statements: StatementView[] = (await api().get(`/api/meetings/${meetingId}/statements`).set('Authorization', `Bearer ${suite.officer}`).expect(200)).body;
    expect(statements).toHaveLength(1);
    expect(statements[0].delegation.names).toEqual(KENYA);
    expect(statements[0].onBehalfOf?.names).toEqual(AFRICAN_GROUP);
  });
});
