// Enforcement `cut`: how close to its instant the server ends a statement (issue 20). Each statement
// is given 1 s left; the push that stops it carries the server's now, set against the instant the
// floor it replaced scheduled (runningSince + limit - used + grace). Meetings run side by side.
import { io, Socket } from 'socket.io-client';
import { expectJson, requestJson } from './http-client';
import type { FloorState, RostrumApi } from './rostrum-api';
import { summarize, Summary } from './stats';

export interface CutOffFigures {
  cutOffs: number;
  /** Fire time minus scheduled instant, ms. */
  errorMs: Summary;
}

const GRACE_SECONDS = 0;
const STOP_TIMEOUT_MS = 10_000;

interface TimedFloor extends FloorState {
  runningSince: number | null;
  limitMs: number;
  elapsedMs: number;
  serverNow: number;
  entryId: number | null;
}

function stoppedPush(socket: Socket, entryId: number): Promise<TimedFloor> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`entry ${entryId} was not cut within ${STOP_TIMEOUT_MS} ms`)), STOP_TIMEOUT_MS);
    const listener = (floor: TimedFloor) => {
      if (floor.status !== 'stopped' || floor.entryId !== entryId) return;
      clearTimeout(timer);
      socket.off('floor:state', listener);
      resolve(floor);
    };
    socket.on('floor:state', listener);
  });
}

async function cutOffsInOneMeeting(api: RostrumApi, officer: string, delegationIds: readonly number[], index: number): Promise<number[]> {
  const meeting = await expectJson<{ id: number }>(
    'cut-off meeting',
    201,
    requestJson('POST', `${api.url}/api/conferences/bms7/meetings`, {
      token: officer,
      body: { title: `Cut-off bench ${index}`, kind: 'other', format: 'virtual', room: null, startsAt: '2021-07-30T10:00', endsAt: '2021-07-30T13:00', enforcement: { mode: 'cut', graceSeconds: GRACE_SECONDS } },
    }),
  );
  const socket = io(`${api.url}/live`, { transports: ['websocket'], auth: { token: officer }, reconnection: false, forceNew: true });
  try {
    await socket.timeout(5000).emitWithAck('meeting:join', { meetingId: meeting.id });
    for (const delegationId of delegationIds) await api.inscribe(officer, meeting.id, delegationId);
    const errors: number[] = [];
    for (let turn = 0; turn < delegationIds.length; turn += 1) {
      await api.floorCommand(officer, meeting.id, 'next');
      await api.floorCommand(officer, meeting.id, 'start');
      const set = await expectJson<TimedFloor>('set', 200, requestJson('POST', `${api.url}/api/meetings/${meeting.id}/floor/set`, { token: officer, body: { remainingSeconds: 1 } }));
      const stopped = stoppedPush(socket, set.entryId!);
      const scheduledAt = set.runningSince! + set.limitMs - set.elapsedMs + GRACE_SECONDS * 1000;
      errors.push((await stopped).serverNow - scheduledAt);
    }
    return errors;
  } finally {
    socket.close();
  }
}

export async function runCutOffs(api: RostrumApi, officer: string, memberStates: readonly { id: number }[], meetings = 10, perMeeting = 5): Promise<CutOffFigures> {
  const runs = Array.from({ length: meetings }, (_, index) =>
    cutOffsInOneMeeting(api, officer, memberStates.slice(index * perMeeting, (index + 1) * perMeeting).map(({ id }) => id), index),
  );
  const errors = (await Promise.all(runs)).flat();
  return { cutOffs: errors.length, errorMs: summarize(errors) };
}
