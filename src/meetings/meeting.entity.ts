import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';
import type { EnforcementMode } from '../domain/timer/enforcement';
import type { LocalizedNames } from '../shared/api-types';
import type { MeetingFormat, MeetingKind } from '../domain/timetable/meeting-kinds';

export { MEETING_FORMATS, MEETING_KINDS } from '../domain/timetable/meeting-kinds';
export type { MeetingFormat, MeetingKind } from '../domain/timetable/meeting-kinds';

@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  conferenceId!: number;

  @Column({ type: 'integer', nullable: true })
  roomId!: number | null;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The title in the six UN languages; null where only `title` is known (an officer's own meeting). */
  @Column({ type: 'simple-json', nullable: true })
  titles!: LocalizedNames | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: MeetingKind;

  @Column({ type: 'varchar', length: 16 })
  format!: MeetingFormat;

  @Column({ type: 'boolean', default: false })
  webcast!: boolean;

  @EpochMsColumn()
  startsAt!: number;

  @EpochMsColumn()
  endsAt!: number;

  @Column({ type: 'simple-json' })
  agendaItemIds!: number[];

  /** Preparatory meetings may fall outside the conference dates. */
  @Column({ type: 'boolean', default: false })
  preparatory!: boolean;

  @Column({ type: 'boolean', default: false })
  cancelled!: boolean;

  /** A copy for trying the floor out: no webcast, left out of the calendar and the report. */
  @Column({ type: 'boolean', default: false })
  rehearsal!: boolean;

  /** The meeting a rehearsal copies. */
  @Column({ type: 'integer', nullable: true })
  rehearsalOf!: number | null;

  /** Seeded from an assumption rather than the chair's letters; `note` says which part. */
  @Column({ type: 'boolean', default: false })
  provisional!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
  /** The meeting's own enforcement; both null to follow the conference. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  enforcementMode!: EnforcementMode | null;

  @Column({ type: 'integer', nullable: true })
  enforcementGraceSeconds!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** When the meeting was created or last changed: its calendar event's DTSTAMP. */
  @EpochMsColumn({ nullable: true })
  changedAt!: number | null;
}
