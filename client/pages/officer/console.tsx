import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Capacity } from '../../../src/domain/capacity';
import type { ConferenceDetail, DelegationView, MeetingView, SpeakerEntryView } from '../../../src/shared/api-types';
import { ConnectionBadge } from '../../components/connection-badge';
import { MeetingSelect } from '../../components/meeting-select';
import { NoticeRegion } from '../../components/notice-region';
import { loadConference, loadDelegations, loadMeetings, loadServerOffset } from '../../lib/conference-data';
import { isAvailable, requestFor, unavailableText } from '../../lib/floor-actions';
import { keepingFocus } from '../../lib/keep-focus';
import { defaultMeeting } from '../../lib/meetings';
import { asSpeakersList, callAgain, floorCommand, FloorCommand, inscribe, moveEntry, rehearse, setListClosed, swapEntries, withdrawEntry } from '../../lib/officer-commands';
import type { OfficerSession } from '../../lib/session';
import type { ShortcutAction } from '../../lib/shortcuts';
import { delegationName, t } from '../../lib/strings';
import { useLiveMeeting } from '../../lib/use-live-meeting';
import { setOverlayOnAir } from '../../lib/screen-links';
import { useNotices } from '../../lib/use-notices';
import { useShortcuts } from '../../lib/use-shortcuts';
import { FloorPanel, ShortcutHelp } from './floor-panel';
import { InscribeForm } from './inscribe-form';
import { ListPanel } from './list-panel';
import { OfficerNav } from './officer-nav';
import { OverlaySwitch } from './overlay-switch';
import { ScreenLinksPanel } from './screen-links-panel';

function meetingFromAddress(): number | null {
  const id = Number(new URLSearchParams(window.location.search).get('meeting'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function Console({ session, onSignOut }: { session: OfficerSession; onSignOut: () => void }) {
  const notices = useNotices();
  const token = session.token;
  const [conference, setConference] = useState<ConferenceDetail | null>(null);
  const [meetings, setMeetings] = useState<MeetingView[]>([]);
  const [delegations, setDelegations] = useState<DelegationView[]>([]);
  const [meetingId, setMeetingId] = useState<number | null>(meetingFromAddress);
  const [busy, setBusy] = useState(false);
  const [pointOfOrderBy, setPointOfOrderBy] = useState<DelegationView | null>(null);
  // A new key empties the picker once its point of order is on the floor.
  const [pointOfOrderKey, setPointOfOrderKey] = useState(0);
  const [messageDraft, setMessageDraft] = useState('');
  const pointOfOrderRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLInputElement>(null);
  const setTimeRef = useRef<HTMLInputElement>(null);
  const live = useLiveMeeting(meetingId, token, { onRestError: notices.error });
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
        // A meeting the officer chose while this was loading stays chosen.
        if (pick) setMeetingId((chosen) => chosen ?? pick.id);
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
    if (live.refusal) notices.error(live.refusal, 'live.refused');
  }, [live.refusal, notices.error]);

  /** Runs one write; every failure is shown in the live region, in the server's words. */
  const run = useCallback(
    (write: () => Promise<void>): Promise<boolean> =>
      keepingFocus(async () => {
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
      }, '#list-heading'),
    [notices.error, live.refresh],
  );

  const sendFloor = (command: FloorCommand, extra: Record<string, unknown> = {}) =>
    run(async () => {
      if (meetingId === null) return;
      // The list this command changed comes as a push.
      live.offerFloor(await floorCommand(meetingId, command, floor?.version, token, extra));
    });

  const listWrite = (write: () => Promise<unknown>) =>
    run(async () => {
      const result = asSpeakersList(await write());
      if (result) live.offerSpeakers(result);
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
      // One request: nothing can fall between the inscription and the call.
      live.offerFloor(await floorCommand(meetingId, 'point-of-order', floor?.version, token, { delegationId: by.id }));
      setPointOfOrderBy(null);
      setPointOfOrderKey((key) => key + 1);
    });
  };

  const act = (action: ShortcutAction) => {
    if (action === 'message') {
      messageRef.current?.focus();
      return;
    }
    if (action === 'setTime') {
      setTimeRef.current?.focus();
      return;
    }
    if (!isAvailable(action, floor) || !floor) {
      notices.info(unavailableText(action, floor));
      return;
    }
    if (action === 'pointOfOrder') {
      void pointOfOrder();
      return;
    }
    const { command, body } = requestFor(action, floor);
    void sendFloor(command, body);
  };
  useShortcuts(act);

  const onInscribe = (delegation: DelegationView, capacity: Capacity, onBehalfOf: DelegationView | null) =>
    run(async () => {
      if (meetingId === null) return;
      const entry = await inscribe(meetingId, { delegationId: delegation.id, capacity, ...(onBehalfOf ? { onBehalfOfId: onBehalfOf.id } : {}) }, token);
      notices.info(t('officer.inscribed', { name: delegationName(delegation), position: entry.position ?? '?' }));
    });

  const switchOverlay = (onAir: boolean) =>
    run(async () => {
      if (meetingId === null) return;
      live.offerFloor(await setOverlayOnAir(meetingId, onAir, token));
      notices.info(t(onAir ? 'screens.nowOnAir' : 'screens.nowOffAir'));
    });

  const startRehearsal = () =>
    run(async () => {
      if (meetingId === null) return;
      const copy = await rehearse(meetingId, token);
      setMeetings((list) => [...list, copy]);
      setMeetingId(copy.id);
      notices.info(t('officer.rehearsalCreated', { title: copy.title }));
    });

  const venueZone = conference?.timeZone ?? 'UTC';
  return (
    <>
      <header class="app-header">
        <h1>{t('officer.title')}</h1>
        <OfficerNav current="floor" />
        <MeetingSelect id="meeting" meetings={meetings} zone={venueZone} value={meetingId} onChange={setMeetingId} />
        {meetingId !== null && (
          <button type="button" class="secondary" data-testid="rehearse" title={t('officer.rehearseHint')} disabled={busy} onClick={() => void startRehearsal()}>
            {t('officer.rehearse')}
          </button>
        )}
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
              presence={live.presence}
              offsetMs={live.offsetMs}
              delegations={delegations}
              act={act}
              available={(action) => isAvailable(action, floor)}
              busy={busy}
              pointOfOrderBy={pointOfOrderBy}
              pointOfOrderKey={pointOfOrderKey}
              onPointOfOrderBy={setPointOfOrderBy}
              pointOfOrderRef={pointOfOrderRef}
              messageDraft={messageDraft}
              onMessageDraft={setMessageDraft}
              messageRef={messageRef}
              sendMessage={() => {
                void sendFloor('message', { text: messageDraft.trim() }).then((ok) => ok && setMessageDraft(''));
              }}
              setTimeRef={setTimeRef}
              onSetTime={(remainingSeconds) => sendFloor('set', { remainingSeconds })}
              onInvalid={notices.info}
            />
            <OverlaySwitch floor={floor} busy={busy} onSwitch={(onAir) => void switchOverlay(onAir)} />
            {meetingId !== null && <ScreenLinksPanel meetingId={meetingId} token={token} venueZone={venueZone} notices={notices} />}
            <ShortcutHelp />
          </div>
          <div>
            <ListPanel
              speakers={speakers}
              presence={live.presence}
              interruptedIds={floor?.interruptedEntryIds ?? []}
              venueZone={venueZone}
              busy={busy}
              onMove={(entry: SpeakerEntryView, position: number) => void listWrite(() => moveEntry(meetingId as number, entry.id, position, speakers?.version, token))}
              onSwap={(a, b) => void listWrite(() => swapEntries(meetingId as number, a.id, b.id, speakers?.version, token))}
              onWithdraw={(entry) => void listWrite(() => withdrawEntry(meetingId as number, entry.id, token))}
              onCallAgain={(entry) => void listWrite(() => callAgain(meetingId as number, entry.id, speakers?.version, token))}
              onSetClosed={(closed) => void listWrite(() => setListClosed(meetingId as number, closed, speakers?.version, token))}
            />
            <InscribeForm delegations={delegations} busy={busy} onInscribe={onInscribe} />
          </div>
        </div>
      </main>
    </>
  );
}
