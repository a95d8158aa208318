import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';
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

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** When the meeting was created or last changed: its calendar event's DTSTAMP. */
  @EpochMsColumn({ nullable: true })
  changedAt!: number | null;
}
