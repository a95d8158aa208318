import { expectJson, requestJson } from './http-client';
import type { DelegateCredential } from './protocol';
import { BENCH_OFFICER } from './rostrum-server';

const SLUG = 'bms7';

interface MeetingRow {
  id: number;
  kind: string;
  webcast: boolean;
}
interface DelegationRow {
  id: number;
  name: string;
  kind: string;
}
export interface FloorState {
  version: number;
  status: string;
  [field: string]: unknown;
}
export interface SpeakersList {
  version: number;
  entries: { id: number; delegation: { id: number }; status: string; position: number | null }[];
}

/** The Rostrum REST calls the bench makes, as the officer's and delegates' pages make them. */
export class RostrumApi {
  constructor(readonly url: string) {}

  async officerToken(): Promise<string> {
    const body = await expectJson<{ accessToken: string }>('officer login', 200, requestJson('POST', `${this.url}/api/auth/login`, { body: BENCH_OFFICER }));
    return body.accessToken;
  }

  /**
   * Webcast plenaries, so that no scenario sees another's list: the fan-out, the rush, the rush under an
   * audience, and three more for the rush's later rounds (bench/rush.ts).
   */
  async plenaries(): Promise<{ fanOutMeetingId: number; rushMeetingId: number; audienceMeetingId: number; laterRushMeetingIds: number[] }> {
    const meetings = await expectJson<MeetingRow[]>('meetings', 200, requestJson('GET', `${this.url}/api/conferences/${SLUG}/meetings`));
    const plenaries = meetings.filter((meeting) => meeting.kind === 'plenary' && meeting.webcast);
    if (plenaries.length < 6) throw new Error('The seeded conference has fewer than six webcast plenaries');
    return {
      fanOutMeetingId: plenaries[0].id,
      rushMeetingId: plenaries[1].id,
      audienceMeetingId: plenaries[2].id,
      laterRushMeetingIds: plenaries.slice(3, 6).map((plenary) => plenary.id),
    };
  }

  async memberStates(): Promise<DelegationRow[]> {
    const rows = await expectJson<DelegationRow[]>('delegations', 200, requestJson('GET', `${this.url}/api/conferences/${SLUG}/delegations`));
    return rows.filter((row) => row.kind === 'member-state');
  }

  /** One access code per delegation, redeemed for a delegate token (untimed set-up; a few at a time). */
  async delegateTokens(officer: string, delegations: readonly DelegationRow[], concurrency = 8): Promise<DelegateCredential[]> {
    const credentials: DelegateCredential[] = [];
    for (let start = 0; start < delegations.length; start += concurrency) {
      const batch = delegations.slice(start, start + concurrency).map(async ({ id }) => {
        const { code } = await expectJson<{ code: string }>(
          'access code',
          201,
          requestJson('POST', `${this.url}/api/conferences/${SLUG}/delegations/${id}/access-codes`, { body: { label: 'bench' }, token: officer }),
        );
        const { accessToken } = await expectJson<{ accessToken: string }>(
          'delegate sign-in',
          200,
          requestJson('POST', `${this.url}/api/auth/delegate`, { body: { code } }),
        );
        return { token: accessToken, delegationId: id };
      });
      credentials.push(...(await Promise.all(batch)));
    }
    return credentials;
  }

  async inscribe(officer: string, meetingId: number, delegationId: number): Promise<void> {
    await expectJson('inscription', 201, requestJson('POST', `${this.url}/api/meetings/${meetingId}/speakers`, { body: { delegationId, capacity: 'national' }, token: officer }));
  }

  floorCommand(officer: string, meetingId: number, command: string): Promise<FloorState> {
    return expectJson<FloorState>(`floor ${command}`, 200, requestJson('POST', `${this.url}/api/meetings/${meetingId}/floor/${command}`, { token: officer }));
  }

  floor(meetingId: number): Promise<FloorState> {
    return expectJson<FloorState>('floor', 200, requestJson('GET', `${this.url}/api/meetings/${meetingId}/floor`));
  }

  speakers(meetingId: number): Promise<SpeakersList> {
    return expectJson<SpeakersList>('speakers list', 200, requestJson('GET', `${this.url}/api/meetings/${meetingId}/speakers`));
  }
}
