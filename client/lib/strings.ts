import type { Capacity } from '../../src/domain/capacity';
import { MEETING_FORMATS, MEETING_KINDS } from '../../src/domain/timetable/meeting-kinds';
import type { LocalizedNames } from '../../src/shared/api-types';
import type { MessageKey } from '../i18n/en';
import { currentLanguage, t } from '../i18n/runtime';

/**
 * What the pages import to show text: t() reads the active language's catalogue (client/i18n/),
 * the helpers below name capacities, meeting kinds and delegations in that language.
 */
export { currentLanguage, formatList, t } from '../i18n/runtime';
export type StringKey = MessageKey;

/** The text the "Please conclude" button sends: screens show it in their own language. */
export const CONCLUDE_MESSAGE = 'Please conclude';

export interface Named {
  name: string;
  names?: Partial<LocalizedNames>;
}

/** A delegation's name in the page's language, the English name where none is given. */
export function delegationName(delegation: Named): string {
  return delegation.names?.[currentLanguage()] || delegation.name;
}

export function capacityLabel(capacity: Capacity): string {
  return t(`capacity.${capacity}`);
}

/** "On behalf of the African Group" for a group statement, else the capacity's name. */
export function capacityLine(capacity: Capacity, onBehalfOf: Named | null): string {
  return capacity === 'group' && onBehalfOf ? t('capacity.groupOnBehalf', { group: delegationName(onBehalfOf) }) : capacityLabel(capacity);
}

/** The officer's message as a screen shows it: the standard request to conclude in its language. */
export function speakerMessage(message: string): string {
  return message === CONCLUDE_MESSAGE ? t('officer.pleaseConcludeText') : message;
}

const LABELLED: Record<'kind' | 'format', readonly string[]> = { kind: MEETING_KINDS, format: MEETING_FORMATS };

/** A meeting kind or format in words; a value this client does not know yet is shown as sent. */
export function labelOr(prefix: 'kind' | 'format', value: string): string {
  return LABELLED[prefix].includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
}
