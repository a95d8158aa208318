import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PresenceMode } from '../domain/presence/presence';
import { EpochMsColumn } from '../persistence/columns';

/** A delegation's declarations in one meeting, kept across restarts; whether it is online is live only. */
@Entity('delegation_presence')
@Unique(['meetingId', 'delegationId'])
export class DelegationPresenceEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer' })
  delegationId!: number;

  @Column({ type: 'varchar', length: 8, nullable: true })
  mode!: PresenceMode | null;

  @EpochMsColumn({ nullable: true })
  modeSince!: number | null;

  @Column({ type: 'boolean', default: false })
  ready!: boolean;

  @EpochMsColumn({ nullable: true })
  readySince!: number | null;

  @EpochMsColumn({ nullable: true })
  offlineSince!: number | null;
}
