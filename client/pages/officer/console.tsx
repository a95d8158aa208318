import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Capacity } from '../../../src/domain/capacity';
import type { ConferenceDetail, DelegationView, FloorStateView, MeetingView, SpeakerEntryView } from '../../../src/shared/api-types';
import { ConnectionBadge } from '../../components/connection-badge';
import { MeetingSelect } from '../../components/meeting-select';
import { NoticeRegion } from '../../components/notice-region';
import { loadConference, loadDelegations, loadMeetings, loadServerOffset } from '../../lib/conference-data';
import { defaultMeeting } from '../../lib/meetings';
import { asSpeakersList, floorCommand, FloorCommand, inscribe, moveEntry, setListClosed, swapEntries, withdrawEntry } from '../../lib/officer-commands';
import type { OfficerSession } from '../../lib/session';
import { isTypingTarget, shortcutFor, ShortcutAction } from '../../lib/shortcuts';
import { StringKey, t } from '../../lib/strings';
import { useLiveMeeting } from '../../lib/use-live-meeting';
import { useNotices } from '../../lib/use-notices';
import { FloorPanel, ShortcutHelp } from './floor-panel';
import { InscribeForm } from './inscribe-form';
import { ListPanel } from './list-panel';

const ACTIVE = ['running', 'paused'];

function meetingFromAddress(): number | null {
  const id = Number(new URLSearchParams(window.location.search).get('meeting'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Whether a floor action makes sense in the floor's state; the server has the last word. */
export function isAvailable(action: ShortcutAction, floor: FloorStateView | null): boolean {
  if (!floor) return false;
  switch (action) {
    case 'next':
    case 'pointOfOrder':
      return true;
    case 'toggle':
    case 'extend30':
    case 'extend60':
    case 'stop':
    case 'skip':
      return ACTIVE.includes(floor.status);
    case 'resume':
      return floor.status === 'paused' && floor.elapsedMs > 0;
    case 'conclude':
    case 'message':
      return floor.status !== 'idle';
    case 'clearMessage':
      return floor.message !== null;
  }
}

const ACTION_LABEL: Record<ShortcutAction, StringKey> = {
  next: 'key.next',
  toggle: 'key.toggle',
  resume: 'key.resume',
  extend30: 'key.extend30',
  extend60: 'key.extend60',
  stop: 'key.stop',
  skip: 'key.skip',
  pointOfOrder: 'key.pointOfOrder',
  conclude: 'key.conclude',
  message: 'key.message',
  clearMessage: 'key.clearMessage',
};

export function Console({ session, onSignOut }: { session: OfficerSession; onSignOut: () => void }) {
  const notices = useNotices();
  const token = session.token;
  const [conference, setConference] = useState<ConferenceDetail | null>(null);
  const [meetings, setMeetings] = useState<MeetingView[]>([]);
  const [delegations, setDelegations] = useState<DelegationView[]>([]);
  const [meetingId, setMeetingId] = useState<number | null>(meetingFromAddress);
  const [busy, setBusy] = useState(false);
  const [pointOfOrderBy, setPointOfOrderBy] = useState<DelegationView | null>(null);
  const [messageDraft, setMessageDraft] = useState('');
  const pointOfOrderRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLInputElement>(null);
  const live = useLiveMeeting(meetingId, token, notices.error);
  const { floor, speakers } = live;

  useEffect(() => {
    (async () => {
      const detail = await loadConference();
      setConference(detail);
      const [list, all] = await Promise.all([loadMeetings(detail.slug, token), loadDelegations(detail.slug, token)]);
      setMeetings(list);
      setDelegations(all);
      if (meetingFromAddress() === null) {
        const offset = await loadServerOffset().catch(() => 0);
        const pick = defaultMeeting(list, Date.now() + offset);
        if (pick) setMeetingId(pick.id);
      }
    })().catch(notices.error);
  }, [token, notices.error]);

  useEffect(() => {
    if (meetingId === null) return;
    const url = new URL(window.location.href);
    url.searchParams.set('meeting', String(meetingId));
    window.history.replaceState(null, '', url);
  }, [meetingId]);

  useEffect(() => {
    if (live.refusal) notices.error(t('live.refused', { message: live.refusal }));
  }, [live.refusal, notices.error]);

  /** Runs one write; every failure is shown in the live region, in the server's words. */
  const run = useCallback(
    async (write: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      try {
        await write();
        return true;
      } catch (error) {
        notices.error(error);
        // A 409 means someone else moved first: show the state that won.
        void live.refresh();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [notices.error, live.refresh],
  );

  const refreshList = async () => {
    if (meetingId === null) return;
    await live.refresh();
  };

  const sendFloor = (command: FloorCommand, extra: Record<string, unknown> = {}) =>
    run(async () => {
      if (meetingId === null) return;
      const state = await floorCommand(meetingId, command, floor?.version, token, extra);
      live.live?.offerFloor(state);
      if (command === 'next' || command === 'skip' || command === 'stop') await refreshList();
    });

  const listWrite = (write: () => Promise<unknown>) =>
    run(async () => {
      const result = asSpeakersList(await write());
      if (result) live.live?.offerSpeakers(result);
      else await refreshList();
    });

  const pointOfOrder = async () => {
    if (meetingId === null) return;
    if (!pointOfOrderBy) {
      notices.info(t('officer.pointOfOrderNeedsDelegation'));
      pointOfOrderRef.current?.focus();
      return;
    }
    const by = pointOfOrderBy;
    await run(async () => {
      await inscribe(meetingId, { delegationId: by.id, capacity: 'point-of-order' }, token);
      const state = await floorCommand(meetingId, 'next', floor?.version, token);
      live.live?.offerFloor(state);
      setPointOfOrderBy(null);
      await refreshList();
    });
  };

  const sendMessage = (text: string | null) => sendFloor('message', { text });

  const act = (action: ShortcutAction) => {
    if (action === 'message') {
      messageRef.current?.focus();
      return;
    }
    if (!isAvailable(action, floor)) {
      notices.info(t('officer.unavailable', { action: t(ACTION_LABEL[action]), status: floor ? t(`status.${floor.status}` as StringKey) : t('common.loading') }));
      return;
    }
    switch (action) {
      case 'next':
        return void sendFloor('next');
      case 'toggle':
        if (floor?.status === 'running') return void sendFloor('pause');
        return void sendFloor(floor && floor.elapsedMs > 0 ? 'resume' : 'start');
      case 'resume':
        return void sendFloor('resume');
      case 'extend30':
        return void sendFloor('extend', { seconds: 30 });
      case 'extend60':
        return void sendFloor('extend', { seconds: 60 });
      case 'stop':
        return void sendFloor('stop');
      case 'skip':
        return void sendFloor('skip');
      case 'pointOfOrder':
        return void pointOfOrder();
      case 'conclude':
        return void sendMessage(t('officer.pleaseConcludeText'));
      case 'clearMessage':
        return void sendMessage(null);
    }
  };
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target as HTMLElement | null)) return;
      const action = shortcutFor(event);
      if (!action) return;
      // Space and letters on a focused button would otherwise also press it.
      event.preventDefault();
      actRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onInscribe = (delegation: DelegationView, capacity: Capacity, onBehalfOf: DelegationView | null) =>
    run(async () => {
      if (meetingId === null) return;
      const entry = await inscribe(meetingId, { delegationId: delegation.id, capacity, ...(onBehalfOf ? { onBehalfOfId: onBehalfOf.id } : {}) }, token);
      notices.info(t('officer.inscribed', { name: delegation.name, position: entry.position ?? '?' }));
      await refreshList();
    });

  const venueZone = conference?.timeZone ?? 'UTC';
  return (
    <>
      <header class="app-header">
        <h1>{t('officer.title')}</h1>
        <MeetingSelect id="meeting" meetings={meetings} zone={venueZone} value={meetingId} onChange={setMeetingId} />
        <ConnectionBadge state={live.connection} />
        {meetingId !== null && (
          <nav aria-label={t('officer.title')}>
            <a href={`/display/${meetingId}`} target="_blank" rel="opener">
              {t('officer.openDisplay')}
            </a>{' '}
            ·{' '}
            <a href={`/overlay/${meetingId}`} target="_blank" rel="opener">
              {t('officer.openOverlay')}
            </a>
          </nav>
        )}
        <span>
          {t('officer.signedInAs', { name: session.username })}{' '}
          <button type="button" class="link-button" onClick={onSignOut}>
            {t('common.signOut')}
          </button>
        </span>
      </header>
      <main class="app-main">
        <NoticeRegion notices={notices.notices} onDismiss={notices.dismiss} />
        <div class="officer-grid">
          <div>
            <FloorPanel
              floor={floor}
              speakers={speakers}
              offsetMs={live.offsetMs}
              delegations={delegations}
              act={act}
              available={(action) => isAvailable(action, floor)}
              busy={busy}
              pointOfOrderBy={pointOfOrderBy}
              onPointOfOrderBy={setPointOfOrderBy}
              pointOfOrderRef={pointOfOrderRef}
              messageDraft={messageDraft}
              onMessageDraft={setMessageDraft}
              messageRef={messageRef}
              sendMessage={() => {
                void sendMessage(messageDraft.trim()).then((ok) => ok && setMessageDraft(''));
              }}
            />
            <ShortcutHelp />
          </div>
          <div>
            <ListPanel
              speakers={speakers}
              interruptedIds={floor?.interruptedEntryIds ?? []}
              venueZone={venueZone}
              busy={busy}
              onMove={(entry: SpeakerEntryView, position: number) => void listWrite(() => moveEntry(meetingId as number, entry.id, position, speakers?.version, token))}
              onSwap={(a, b) => void listWrite(() => swapEntries(meetingId as number, a.id, b.id, speakers?.version, token))}
              onWithdraw={(entry) => void listWrite(() => withdrawEntry(meetingId as number, entry.id, token))}
              onSetClosed={(closed) => void listWrite(() => setListClosed(meetingId as number, closed, speakers?.version, token))}
            />
            <InscribeForm delegations={delegations} busy={busy} onInscribe={onInscribe} />
          </div>
        </div>
      </main>
    </>
  );
}
