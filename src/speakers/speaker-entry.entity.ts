import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Capacity } from '../domain/capacity';
import type { EntryStatus } from '../domain/speakers/entry-status';
import { EpochMsColumn } from '../persistence/columns';


@Entity('speaker_entry')
@Unique(['meetingId', 'requestId'])
export class SpeakerEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer' })
  delegationId!: number;

  @Column({ type: 'varchar', length: 20 })
  capacity!: Capacity;

  @Column({ type: 'integer', nullable: true })
  onBehalfOfId!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: EntryStatus;

  /** 1-based among waiting entries; null once the entry has left the queue. */
  @Column({ type: 'integer', nullable: true })
  position!: number | null;

  /** Placed by an officer: later inscriptions are ordered after it. */
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'integer' })
  limitSeconds!: number;

  /** Time already used by a speaker who was skipped and will be called again. */
  @Column({ type: 'integer', default: 0 })
  usedMs!: number;

  @EpochMsColumn()
  requestedAt!: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  inscribedByRole!: 'officer' | 'delegate';
}
