import type { SpeakerEntryView } from '../../../src/shared/api-types';
import { capacityLine, delegationName, t } from '../../lib/strings';

/** Name and capacity of someone due at the floor; a statement a point of order paused says it resumes. */
export function UpcomingName({ entry, resumes }: { entry: SpeakerEntryView; resumes: boolean }) {
  return (
    <>
      <span class="next-name">{delegationName(entry.delegation)}</span>
      <span class="next-capacity">
        {capacityLine(entry.capacity, entry.onBehalfOf)}
        {resumes && <span class="next-resumes" data-testid="resumes"> · {t('screens.resumes')}</span>}
      </span>
    </>
  );
}
