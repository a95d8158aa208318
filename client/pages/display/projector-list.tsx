import type { SpeakerEntryView, SpeakersListView } from '../../../src/shared/api-types';
import { formatClock } from '../../lib/time-format';
import { t } from '../../lib/strings';
import { UpcomingName } from './upcoming-name';

/** Rows that stay large enough to read from the back of the room, in two columns on a 16:9 screen. */
export const PROJECTOR_ROWS = 24;

interface Props {
  upcoming: SpeakerEntryView[];
  list: SpeakersListView | null;
  interruptedIds: readonly number[];
  zone: string;
}

/** The projector's list of speakers: everyone due at the floor, in order, with when they are expected. */
export function ProjectorList({ upcoming, list, interruptedIds, zone }: Props) {
  const shown = upcoming.slice(0, PROJECTOR_ROWS);
  const hidden = upcoming.length - shown.length;
  const timed = list !== null && !list.meetingEnded;
  const expected = (entry: SpeakerEntryView) => {
    if (interruptedIds.includes(entry.id)) return t('screens.resumes');
    return timed && entry.expectedStartAt ? formatClock(entry.expectedStartAt, zone) : t('common.none');
  };
  const lastAt = upcoming.at(-1)?.expectedStartAt;

  return (
    <section class="projector-list" aria-labelledby="projector-list-title">
      <h2 id="projector-list-title" class="projector-list-title">
        {t('screens.listTitle')}
        {list?.closed && <span class="projector-closed"> · {t('officer.listClosed')}</span>}
      </h2>
      {upcoming.length === 0 ? (
        <p class="projector-empty" data-testid="list-empty">{list ? t('display.noSpeakers') : ''}</p>
      ) : (
        <ol class="projector-rows" data-testid="queue">
          {shown.map((entry) => (
            <li key={entry.id} class="projector-row" data-testid="queue-row">
              <span class="projector-position">{entry.position ?? '↺'}</span>
              <span class="projector-who">
                <UpcomingName entry={entry} resumes={interruptedIds.includes(entry.id)} />
              </span>
              <span class="projector-expected" dir="ltr" data-testid="expected">{expected(entry)}</span>
            </li>
          ))}
        </ol>
      )}
      {hidden > 0 && (
        <p class="projector-more" data-testid="queue-more">
          {timed && lastAt ? t('screens.moreUntil', { n: hidden, time: formatClock(lastAt, zone) }) : t('screens.more', { n: hidden })}
        </p>
      )}
    </section>
  );
}
