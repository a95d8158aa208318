import { spreadsheetCsv } from '../common/spreadsheet-csv';
import type { SpeakersListView } from '../shared/api-types';

export function speakersListCsv(list: SpeakersListView): string {
  return spreadsheetCsv(
    ['position', 'delegation', 'capacity', 'on behalf of', 'status', 'inscribed at', 'limit seconds', 'expected start'],
    list.entries.map((entry) => [
      entry.position ?? '',
      entry.delegation.name,
      entry.capacity,
      entry.onBehalfOf?.name ?? '',
      entry.status,
      entry.requestedAt,
      entry.limitSeconds,
      entry.expectedStartAt ?? '',
    ]),
  );
}
