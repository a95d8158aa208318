import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConferenceDetail, DelegationView, MeetingView, SpeakerEntryView } from '../../../src/shared/api-types';
import { ConnectionBadge } from '../../components/connection-badge';
import { LanguageSwitcher } from '../../components/language-switcher';
import { MeetingSelect } from '../../components/meeting-select';
import { NoticeRegion } from '../../components/notice-region';
import { ZoneSelect } from '../../components/zone-select';
import { DelegateChoice, delegateChoices } from '../../lib/capacity-choice';
import { loadConference, loadDelegations, loadMeetings, loadServerOffset } from '../../lib/conference-data';
import { keepingFocus } from '../../lib/keep-focus';
import { defaultMeeting, waitingEntries } from '../../lib/meetings';
import { asSpeakersList, inscribe, withdrawEntry } from '../../lib/officer-commands';
import { needsReadyReminder, speakersAhead } from '../../lib/presence';
import { DelegateSession, newRequestId } from '../../lib/session';
import { requestBlock } from '../../lib/request-block';
import { capacityLine, delegationName, t } from '../../lib/strings';
import { useLiveMeeting } from '../../lib/use-live-meeting';
import { useNotices } from '../../lib/use-notices';
import { useViewerZone } from '../../lib/viewer-zone';
import { LiveStrip } from './live-strip';
import { OwnEntries } from './own-entries';
import { PresenceSwitches } from './presence-switches';
import { RequestPanel } from './request-panel';
import { TurnAlertSwitch } from './turn-alert-switch';
import { useTurnAlert } from './use-turn-alert';

export function DelegateHome({ session, onSignOut }: { session: DelegateSession; onSignOut: () => void }) {
  const notices = useNotices();
  const { token, delegation } = session;
  const [conference, setConference] = useState<ConferenceDetail | null>(null);
  const [meetings, setMeetings] = useState<MeetingView[]>([]);
  const [delegations, setDelegations] = useState<DelegationView[]>([]);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [choiceIndex, setChoiceIndex] = useState(0);
  // One id per intended request: a retry after a lost answer cannot inscribe twice.
  const [requestId, setRequestId] = useState(newRequestId);
  const [busy, setBusy] = useState(false);
  const [viewerZone, chooseZone] = useViewerZone();
  const live = useLiveMeeting(meetingId, token, { onRestError: notices.error });

  useEffect(() => {
    (async () => {
      const detail = await loadConference();
      setConference(detail);
      const [list, all] = await Promise.all([loadMeetings(detail.slug, token), loadDelegations(detail.slug, token)]);
      setMeetings(list);
      setDelegations(all);
      const offset = await loadServerOffset().catch(() => 0);
      // A meeting the delegate chose while this was loading stays chosen.
      setMeetingId((chosen) => chosen ?? defaultMeeting(list, Date.now() + offset)?.id ?? null);
    })().catch(notices.error);
  }, [token, notices.error]);

  useEffect(() => {
    if (live.refusal) notices.error(live.refusal, 'live.refused');
  }, [live.refusal, notices.error]);

  const own = delegations.find((d) => d.id === delegation.id) ?? null;
  const choices: DelegateChoice[] = useMemo(() => (own ? delegateChoices(own, delegations) : []), [own, delegations]);
  const choice = choices[Math.min(choiceIndex, choices.length - 1)] ?? null;
  const waiting = waitingEntries(live.speakers);
  const mine: SpeakerEntryView[] = (live.speakers?.entries ?? [])
    .filter((entry) => entry.delegation.id === delegation.id && (entry.status === 'waiting' || entry.status === 'speaking'))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const venueZone = conference?.timeZone ?? 'UTC';
  const ownPresence = live.presence.get(delegation.id);
  const interruptedIds = live.floor?.interruptedEntryIds ?? [];
  const ahead = speakersAhead(live.speakers, delegation.id, interruptedIds);
  const meeting = meetings.find((m) => m.id === meetingId) ?? null;
  const block = requestBlock(meeting, live.speakers, choice?.capacity ?? null);
  const turnAlert = useTurnAlert(live.speakers, interruptedIds, { id: delegation.id, name: delegationName(own ?? delegation) });

  const run = (write: () => Promise<void>) =>
    keepingFocus(async () => {
      setBusy(true);
      try {
        await write();
      } catch (error) {
        notices.error(error);
      } finally {
        setBusy(false);
      }
    }, '[data-focus-key=request]');

  const request = (event: Event) => {
    event.preventDefault();
    if (!choice || meetingId === null || block) return;
    void run(async () => {
      const entry = await inscribe(
        meetingId,
        { delegationId: delegation.id, capacity: choice.capacity, ...(choice.onBehalfOf ? { onBehalfOfId: choice.onBehalfOf.id } : {}), requestId },
        token,
      );
      setRequestId(newRequestId());
      notices.info(t('delegate.requested', { position: entry.position ?? '?' }));
    });
  };

  const withdraw = (entry: SpeakerEntryView) =>
    void run(async () => {
      if (meetingId === null) return;
      const list = asSpeakersList(await withdrawEntry(meetingId, entry.id, token));
      if (list) live.offerSpeakers(list);
      notices.info(t('delegate.withdrawn'));
    });

  return (
    <>
      <header class="app-header delegate-header">
        <h1>{t('delegate.signedInAs', { name: delegationName(own ?? delegation) })}</h1>
        <ConnectionBadge state={live.connection} />
        <LanguageSwitcher />
        <button type="button" class="link-button" onClick={onSignOut}>
          {t('common.signOut')}
        </button>
      </header>
      <main class="app-main">
        <NoticeRegion notices={notices.notices} onDismiss={notices.dismiss} />
        <MeetingSelect
          id="meeting"
          meetings={meetings}
          zone={venueZone}
          value={meetingId}
          onChange={(id) => {
            setMeetingId(id);
            setRequestId(newRequestId());
          }}
        />
        {meetingId !== null && (
          <LiveStrip floor={live.floor} speakers={live.speakers} offsetMs={live.offsetMs} delegationId={delegation.id} viewerZone={viewerZone} venueZone={venueZone} />
        )}
        <section class="panel" aria-labelledby="own-heading">
          <h2 id="own-heading">{t('delegate.yourEntries')}</h2>
          <TurnAlertSwitch alert={turnAlert} />
          <OwnEntries entries={mine} waitingCount={waiting.length} viewerZone={viewerZone} venueZone={venueZone} busy={busy} meetingEnded={live.speakers?.meetingEnded ?? false} interruptedIds={interruptedIds} onWithdraw={withdraw} />
        </section>
        {meetingId !== null && (
          <PresenceSwitches
            meetingId={meetingId}
            token={token}
            presence={ownPresence}
            remindAhead={needsReadyReminder(ahead, ownPresence) ? ahead : null}
            onSaved={live.offerPresence}
            onError={notices.error}
          />
        )}
        <RequestPanel
          choices={choices}
          choice={choice}
          onChoose={(index) => {
            setChoiceIndex(index);
            setRequestId(newRequestId());
          }}
          block={block}
          listClosed={live.speakers?.closed ?? false}
          busy={busy}
          canRequest={choice !== null && meetingId !== null}
          onRequest={request}
        />
        <section class="panel" aria-labelledby="list-heading">
          <h2 id="list-heading">{t('delegate.list')}</h2>
          {waiting.length === 0 ? (
            <p>{t('officer.emptyList')}</p>
          ) : (
            <ol class="waiting-list" data-testid="waiting-list">
              {waiting.map((entry) => (
                <li key={entry.id} class={entry.delegation.id === delegation.id ? 'own' : ''}>
                  {delegationName(entry.delegation)} <small>({capacityLine(entry.capacity, entry.onBehalfOf)})</small>
                </li>
              ))}
            </ol>
          )}
        </section>
        <ZoneSelect id="viewer-zone" label={t('delegate.zone')} value={viewerZone} venueZone={venueZone} onChange={chooseZone} />
      </main>
    </>
  );
}
