import { useEffect, useState } from 'preact/hooks';
import type { Capacity } from '../../../src/domain/capacity';
import { ENFORCEMENT_MODES, EnforcementMode, MAX_GRACE_SECONDS } from '../../../src/domain/timer/enforcement';
import type { ConferenceDetail, EnforcementView, MeetingView } from '../../../src/shared/api-types';
import { MeetingSelect } from '../../components/meeting-select';
import { api } from '../../lib/api';
import { loadMeetings } from '../../lib/conference-data';
import { fieldErrors } from '../../lib/field-errors';
import { defaultMeeting } from '../../lib/meetings';
import type { OfficerSession } from '../../lib/session';
import { capacityLabel, StringKey, t } from '../../lib/strings';
import type { Notices } from './officer-shell';

const LIMITED: readonly Capacity[] = ['national', 'group', 'observer', 'organization', 'civil-society', 'point-of-order', 'right-of-reply'];

/** The 400's lines that name `field` (or a field under it), so each shows beside its input. */
function problemsOf(error: unknown, field: string): string[] {
  return fieldErrors(error, [field]).fields[field] ?? [];
}

function ModeFields({ id, value, onChange, error, prefix }: { id: string; value: EnforcementView; onChange: (next: EnforcementView) => void; error: unknown; prefix: string }) {
  const problems = [...problemsOf(error, `${prefix}.mode`), ...problemsOf(error, `${prefix}.graceSeconds`)];
  return (
    <fieldset>
      <legend>{t('settings.mode')}</legend>
      {ENFORCEMENT_MODES.map((mode) => (
        <label key={mode} class="choice">
          <input type="radio" name={`${id}-mode`} value={mode} checked={value.mode === mode} onChange={() => onChange({ ...value, mode: mode as EnforcementMode })} />{' '}
          {t(`settings.mode.${mode}` as StringKey)}
        </label>
      ))}
      <div class="field">
        <label for={`${id}-grace`}>{t('settings.grace')}</label>
        <input
          id={`${id}-grace`}
          type="number"
          min={0}
          max={MAX_GRACE_SECONDS}
          value={value.graceSeconds}
          disabled={value.mode !== 'cut'}
          onInput={(event) => onChange({ ...value, graceSeconds: Number((event.target as HTMLInputElement).value) })}
        />
      </div>
      {problems.map((problem) => (
        <p key={problem} class="field-error" role="alert">{problem}</p>
      ))}
    </fieldset>
  );
}

/** Limits, warning and enforcement for the conference, and a meeting's own enforcement. */
export function SettingsPage({ conference, session, notices }: { conference: ConferenceDetail; session: OfficerSession; notices: Notices }) {
  const token = session.token;
  const [saved, setSaved] = useState(conference);
  const [limits, setLimits] = useState<Record<string, number>>(conference.statementLimits);
  const [warning, setWarning] = useState(conference.warningSeconds);
  const [enforcement, setEnforcement] = useState<EnforcementView>(conference.enforcement);
  const [conferenceError, setConferenceError] = useState<unknown>(null);
  const [meetings, setMeetings] = useState<MeetingView[]>([]);
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [own, setOwn] = useState<EnforcementView | null>(null);
  const [meetingError, setMeetingError] = useState<unknown>(null);
  const meeting = meetings.find((candidate) => candidate.id === meetingId) ?? null;

  useEffect(() => {
    loadMeetings(conference.slug, token).then((list) => {
      setMeetings(list);
      setMeetingId((chosen) => chosen ?? defaultMeeting(list, Date.now())?.id ?? null);
    }, notices.error);
  }, [conference.slug, token]);
  useEffect(() => setOwn(meeting?.enforcement ?? null), [meeting?.id, meeting?.version]);

  const saveConference = async () => {
    try {
      const body = { statementLimits: Object.fromEntries(LIMITED.map((capacity) => [capacity, limits[capacity]])), warningSeconds: warning, enforcement, version: saved.version };
      const next = await api<ConferenceDetail>(`/api/conferences/${encodeURIComponent(conference.slug)}`, { method: 'PATCH', body, token });
      setSaved(next);
      setConferenceError(null);
      notices.info(t('settings.saved'));
    } catch (error) {
      setConferenceError(error);
      notices.error(error);
    }
  };

  const saveMeeting = async () => {
    if (!meeting) return;
    try {
      const next = await api<MeetingView>(`/api/meetings/${meeting.id}`, { method: 'PATCH', body: { enforcement: own, version: meeting.version }, token });
      setMeetings((list) => list.map((candidate) => (candidate.id === next.id ? next : candidate)));
      setMeetingError(null);
      notices.info(t('settings.saved'));
    } catch (error) {
      setMeetingError(error);
      notices.error(error);
    }
  };

  return (
    <>
      <section class="panel" aria-labelledby="conference-settings">
        <h2 id="conference-settings">{t('settings.conferenceHeading')}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void saveConference();
          }}
        >
          <p class="hint">{t('settings.limitsNote')}</p>
          {LIMITED.map((capacity) => (
            <div class="field" key={capacity}>
              <label for={`limit-${capacity}`}>{t('settings.limitFor', { capacity: capacityLabel(capacity) })}</label>
              <input
                id={`limit-${capacity}`}
                type="number"
                value={limits[capacity]}
                onInput={(event) => setLimits({ ...limits, [capacity]: Number((event.target as HTMLInputElement).value) })}
              />
              {problemsOf(conferenceError, `statementLimits.${capacity}`).map((problem) => (
                <p key={problem} class="field-error" role="alert">{problem}</p>
              ))}
            </div>
          ))}
          <div class="field">
            <label for="warning-seconds">{t('settings.warning')}</label>
            <input id="warning-seconds" type="number" min={0} max={600} value={warning} onInput={(event) => setWarning(Number((event.target as HTMLInputElement).value))} />
            {problemsOf(conferenceError, 'warningSeconds').map((problem) => (
              <p key={problem} class="field-error" role="alert">{problem}</p>
            ))}
          </div>
          <ModeFields id="conference" value={enforcement} onChange={setEnforcement} error={conferenceError} prefix="enforcement" />
          <button type="submit">{t('settings.save')}</button>
        </form>
      </section>
      <section class="panel" aria-labelledby="meeting-settings">
        <h2 id="meeting-settings">{t('settings.meetingHeading')}</h2>
        <MeetingSelect id="settings-meeting" meetings={meetings} zone={conference.timeZone} value={meetingId} onChange={setMeetingId} />
        {meeting && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void saveMeeting();
            }}
          >
            <label class="choice">
              <input type="checkbox" checked={own === null} onChange={(event) => setOwn((event.target as HTMLInputElement).checked ? null : { ...saved.enforcement })} />{' '}
              {t('settings.followConference')}
            </label>
            {own && <ModeFields id="meeting" value={own} onChange={setOwn} error={meetingError} prefix="enforcement" />}
            <button type="submit">{t('settings.save')}</button>
          </form>
        )}
      </section>
    </>
  );
}
