import { useState } from 'preact/hooks';
import { MEETING_FORMATS, MEETING_KINDS } from '../../../src/domain/timetable/meeting-kinds';
import type { AgendaItemView, MeetingView, RoomView } from '../../../src/shared/api-types';
import { FieldErrors, fieldErrors } from '../../lib/field-errors';
import { labelOr, t } from '../../lib/strings';

export interface MeetingDraft {
  title: string;
  kind: string;
  format: string;
  webcast: boolean;
  room: string | null;
  startsAt: string;
  endsAt: string;
  agendaItemIds: number[];
  preparatory: boolean;
}

const FIELDS = ['title', 'kind', 'format', 'webcast', 'room', 'startsAt', 'endsAt', 'agendaItemIds', 'preparatory'];
// "2021-07-26T10:00:00.000-04:00" -> "2021-07-26T10:00", as a datetime-local input holds it.
const wallClock = (iso: string) => iso.slice(0, 16);

export function draftOf(meeting: MeetingView | null, defaultDay: string): MeetingDraft {
  if (!meeting) {
    return { title: '', kind: 'plenary', format: 'hybrid', webcast: true, room: null, startsAt: `${defaultDay}T10:00`, endsAt: `${defaultDay}T13:00`, agendaItemIds: [], preparatory: false };
  }
  return {
    title: meeting.title,
    kind: meeting.kind,
    format: meeting.format,
    webcast: meeting.webcast,
    room: meeting.room,
    startsAt: wallClock(meeting.venueLocal.startsAt),
    endsAt: wallClock(meeting.venueLocal.endsAt),
    agendaItemIds: meeting.agendaItemIds,
    preparatory: meeting.preparatory,
  };
}

interface Props {
  meeting: MeetingView | null;
  initial: MeetingDraft;
  rooms: RoomView[];
  agenda: AgendaItemView[];
  zone: string;
  onSave: (draft: MeetingDraft) => Promise<void>;
  onClose: () => void;
}

function Problems({ id, errors, field }: { id: string; errors: FieldErrors; field: string }) {
  const messages = errors.fields[field];
  if (!messages) return null;
  return (
    <small id={id} class="field-error" role="alert" data-testid={`error-${field}`}>
      {messages.join('; ')}
    </small>
  );
}

/** Create or edit one meeting; the server's objections appear beside the fields they name. */
export function MeetingForm({ meeting, initial, rooms, agenda, zone, onSave, onClose }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({ fields: {}, general: [] });
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const invalid = (field: string) => (errors.fields[field] ? { 'aria-invalid': true, 'aria-describedby': `meeting-${field}-error` } : {});

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave(draft);
      setErrors({ fields: {}, general: [] });
    } catch (error) {
      setErrors(fieldErrors(error, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="panel meeting-form" onSubmit={submit} data-testid="meeting-form" aria-labelledby="meeting-form-heading">
      <h2 id="meeting-form-heading">{meeting ? t('meetings.editHeading', { title: meeting.title }) : t('meetings.newHeading')}</h2>
      {errors.general.length > 0 && (
        <p class="notice notice-error" role="alert" data-testid="error-general">
          {errors.general.join('; ')}
        </p>
      )}
      <div class="field">
        <label for="meeting-title">{t('meetings.title')}</label>
        <input id="meeting-title" type="text" required maxLength={300} value={draft.title} onInput={(e) => set('title', (e.target as HTMLInputElement).value)} {...invalid('title')} />
        <Problems id="meeting-title-error" errors={errors} field="title" />
      </div>
      <div class="form-row">
        <div class="field">
          <label for="meeting-kind">{t('meetings.kind')}</label>
          <select id="meeting-kind" value={draft.kind} onChange={(e) => set('kind', (e.target as HTMLSelectElement).value)}>
            {MEETING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {labelOr('kind', kind)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="meeting-format">{t('meetings.format')}</label>
          <select id="meeting-format" value={draft.format} onChange={(e) => set('format', (e.target as HTMLSelectElement).value)}>
            {MEETING_FORMATS.map((format) => (
              <option key={format} value={format}>
                {labelOr('format', format)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="meeting-room">{t('meetings.room')}</label>
          <select id="meeting-room" value={draft.room ?? ''} onChange={(e) => set('room', (e.target as HTMLSelectElement).value || null)} {...invalid('room')}>
            <option value="">{t('common.virtual')}</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.name}>
                {room.name}
              </option>
            ))}
          </select>
          <Problems id="meeting-room-error" errors={errors} field="room" />
        </div>
      </div>
      <div class="form-row">
        <div class="field">
          <label for="meeting-startsAt">{t('meetings.startsAt', { zone })}</label>
          <input id="meeting-startsAt" type="datetime-local" required value={draft.startsAt} onInput={(e) => set('startsAt', (e.target as HTMLInputElement).value)} {...invalid('startsAt')} />
          <Problems id="meeting-startsAt-error" errors={errors} field="startsAt" />
        </div>
        <div class="field">
          <label for="meeting-endsAt">{t('meetings.endsAt', { zone })}</label>
          <input id="meeting-endsAt" type="datetime-local" required value={draft.endsAt} onInput={(e) => set('endsAt', (e.target as HTMLInputElement).value)} {...invalid('endsAt')} />
          <Problems id="meeting-endsAt-error" errors={errors} field="endsAt" />
        </div>
      </div>
      <div class="form-row">
        <label class="check">
          <input id="meeting-webcast" type="checkbox" checked={draft.webcast} onChange={(e) => set('webcast', (e.target as HTMLInputElement).checked)} />
          {t('meetings.webcast')}
        </label>
        <label class="check">
          <input id="meeting-preparatory" type="checkbox" checked={draft.preparatory} onChange={(e) => set('preparatory', (e.target as HTMLInputElement).checked)} />
          {t('meetings.preparatory')}
        </label>
      </div>
      <fieldset class="agenda-choices" {...invalid('agendaItemIds')}>
        <legend>{t('meetings.agenda')}</legend>
        {agenda.map((item) => (
          <label key={item.id} class="check">
            <input
              type="checkbox"
              checked={draft.agendaItemIds.includes(item.id)}
              onChange={(e) => set('agendaItemIds', (e.target as HTMLInputElement).checked ? [...draft.agendaItemIds, item.id] : draft.agendaItemIds.filter((id) => id !== item.id))}
            />
            {item.code}. {item.title}
          </label>
        ))}
        <Problems id="meeting-agendaItemIds-error" errors={errors} field="agendaItemIds" />
      </fieldset>
      <div class="form-row">
        <button type="submit" disabled={busy} data-testid="meeting-save">
          {meeting ? t('meetings.save') : t('meetings.create')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('meetings.close')}
        </button>
      </div>
    </form>
  );
}
