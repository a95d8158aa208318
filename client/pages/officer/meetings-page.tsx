import { useEffect, useState } from 'preact/hooks';
import type { AgendaItemView, ConferenceDetail, MeetingView, RoomView } from '../../../src/shared/api-types';
import { api } from '../../lib/api';
import { loadAgenda, loadMeetings } from '../../lib/conference-data';
import type { OfficerSession } from '../../lib/session';
import { labelOr, t } from '../../lib/strings';
import { formatRange, formatShortDay } from '../../lib/time-format';
import { draftOf, MeetingDraft, MeetingForm } from './meeting-form';
import type { Notices } from './officer-shell';
import { RoomsPanel } from './rooms-panel';

type Editing = { meeting: MeetingView | null } | null;

export function MeetingsPage({ conference, session, notices }: { conference: ConferenceDetail; session: OfficerSession; notices: Notices }) {
  const token = session.token;
  const base = `/api/conferences/${encodeURIComponent(conference.slug)}`;
  const zone = conference.timeZone;
  const [meetings, setMeetings] = useState<MeetingView[]>([]);
  const [rooms, setRooms] = useState<RoomView[]>([]);
  const [agenda, setAgenda] = useState<AgendaItemView[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  // Remounts the form on each new edit, so it starts from the meeting as it is now.
  const [formKey, setFormKey] = useState(0);

  const reloadMeetings = () => loadMeetings(conference.slug, token).then(setMeetings);
  const reloadRooms = () => api<RoomView[]>(`${base}/rooms`).then(setRooms);
  useEffect(() => {
    reloadMeetings().catch(notices.error);
    reloadRooms().catch(notices.error);
    loadAgenda(conference.slug).then(setAgenda, notices.error);
  }, [conference.slug, token]);

  const open = (meeting: MeetingView | null) => {
    setEditing({ meeting });
    setFormKey((key) => key + 1);
    requestAnimationFrame(() => document.getElementById('meeting-title')?.focus());
  };

  const save = async (draft: MeetingDraft) => {
    const current = editing?.meeting ?? null;
    const saved = current
      ? await api<MeetingView>(`/api/meetings/${current.id}`, { method: 'PATCH', body: { ...draft, version: current.version }, token })
      : await api<MeetingView>(`${base}/meetings`, { method: 'POST', body: draft, token });
    notices.info(t(current ? 'meetings.saved' : 'meetings.created', { title: saved.title }));
    setEditing({ meeting: saved });
    await reloadMeetings();
  };

  const write = async (meeting: MeetingView, run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      notices.info(done);
      if (editing?.meeting?.id === meeting.id) setEditing(null);
      await reloadMeetings();
    } catch (error) {
      notices.error(error);
    }
  };
  const setCancelled = (meeting: MeetingView, cancelled: boolean) =>
    write(
      meeting,
      () => api(`/api/meetings/${meeting.id}`, { method: 'PATCH', body: { cancelled, version: meeting.version }, token }),
      t(cancelled ? 'meetings.cancelledDone' : 'meetings.restoredDone', { title: meeting.title }),
    );
  const remove = (meeting: MeetingView) => {
    if (!window.confirm(t('meetings.confirmDelete', { title: meeting.title }))) return;
    void write(meeting, () => api(`/api/meetings/${meeting.id}`, { method: 'DELETE', token }), t('meetings.deleted', { title: meeting.title }));
  };

  return (
    <div class="meetings-layout">
      <section class="panel" aria-labelledby="meetings-heading">
        <div class="list-head">
          <h2 id="meetings-heading">{t('meetings.heading', { n: meetings.length })}</h2>
          <button type="button" onClick={() => open(null)} data-testid="new-meeting">
            {t('meetings.new')}
          </button>
        </div>
        <table class="data-table" data-testid="meetings-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.when', { zone })}</th>
              <th scope="col">{t('meetings.title')}</th>
              <th scope="col">{t('meetings.kind')}</th>
              <th scope="col">{t('meetings.format')}</th>
              <th scope="col">{t('meetings.room')}</th>
              <th scope="col">{t('codes.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id} data-meeting-id={meeting.id} class={meeting.cancelled ? 'cancelled' : ''}>
                <td class="tabular">
                  {formatShortDay(meeting.startsAt, zone)} {formatRange(meeting.startsAt, meeting.endsAt, zone)}
                </td>
                <td>
                  {meeting.title}
                  {meeting.cancelled && <span class="badge badge-closed"> {t('common.cancelled')}</span>}
                  {meeting.webcast && <span class="badge"> {t('common.webcast')}</span>}
                </td>
                <td>{labelOr('kind', meeting.kind)}</td>
                <td>{labelOr('format', meeting.format)}</td>
                <td>{meeting.room ?? t('common.none')}</td>
                <td>
                  <div class="actions">
                    <button type="button" class="small secondary" onClick={() => open(meeting)} aria-label={t('meetings.editName', { title: meeting.title })}>
                      {t('meetings.edit')}
                    </button>
                    <button type="button" class="small secondary" onClick={() => void setCancelled(meeting, !meeting.cancelled)} aria-label={t(meeting.cancelled ? 'meetings.restoreName' : 'meetings.cancelName', { title: meeting.title })}>
                      {t(meeting.cancelled ? 'meetings.restore' : 'meetings.cancel')}
                    </button>
                    <button type="button" class="small danger" onClick={() => remove(meeting)} aria-label={t('meetings.deleteName', { title: meeting.title })}>
                      {t('meetings.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div>
        {editing && (
          <MeetingForm
            key={formKey}
            meeting={editing.meeting}
            initial={draftOf(editing.meeting, conference.startsOn)}
            rooms={rooms}
            agenda={agenda}
            zone={zone}
            onSave={save}
            onClose={() => setEditing(null)}
          />
        )}
        <RoomsPanel base={base} rooms={rooms} token={token} notices={notices} onChanged={() => void reloadRooms().catch(notices.error)} />
      </div>
    </div>
  );
}
