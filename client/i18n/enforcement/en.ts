/**
 * The floor's enforcement, timer corrections, call again and the settings page: spread into the
 * English catalogue, followed key for key by the five others.
 */
export const ENFORCEMENT_EN = {
  'entryStatus.notDelivered': 'not delivered',
  'officer.passedOver': 'Passed over before speaking ({n})',
  'officer.callAgain': 'Call again',
  'officer.callAgainName': 'Call {name} again, first in line',
  'officer.takeAway30': '−30 s',
  'officer.undo': 'Undo',
  'officer.setTime': 'Time left',
  'officer.setTimeSend': 'Set',
  'officer.setTimeHint': 'm:ss or seconds',
  'officer.setTimeInvalid': 'Give the time left as m:ss or as seconds, at most 60:00.',
  'key.takeAway30': 'Take away 30 s',
  'key.undo': 'Undo the last floor command (within 30 s)',
  'key.setTime': 'Set the time left',
  'enforcement.count': 'Counting overtime',
  'enforcement.conclude': '“Please conclude” at 0:00',
  'enforcement.cut': 'Cut at {time}',
  'nav.settings': 'Settings',
  'settings.pageTitle': 'Settings',
  'settings.conferenceHeading': 'Limits and enforcement of the conference',
  'settings.limitFor': '{capacity} (seconds)',
  'settings.limitsNote': 'New limits apply to requests for the floor made from now on; those on a list keep theirs.',
  'settings.warning': 'Amber warning before the end (seconds)',
  'settings.mode': 'At zero',
  'settings.mode.count': 'Count the overtime',
  'settings.mode.conclude': 'Show “Please conclude”',
  'settings.mode.cut': 'Cut the statement off',
  'settings.grace': 'Grace after zero before the cut (seconds, 0–60)',
  'settings.save': 'Save',
  'settings.saved': 'Saved.',
  'settings.meetingHeading': 'A meeting of its own',
  'settings.meeting': 'Meeting',
  'settings.followConference': 'Follow the conference',
};

export type EnforcementCatalogue = Readonly<Record<keyof typeof ENFORCEMENT_EN, string>>;
