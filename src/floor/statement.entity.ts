import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Capacity } from '../domain/capacity';
import type { StatementEnding } from '../domain/timer/floor-state';
import { EpochMsColumn } from '../persistence/columns';

@Entity('statement')
export class StatementEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer' })
  entryId!: number;

  @Index()
  @Column({ type: 'integer' })
  delegationId!: number;

  @Column({ type: 'varchar', length: 20 })
  capacity!: Capacity;

  @Column({ type: 'integer', nullable: true })
  onBehalfOfId!: number | null;

  @Column({ type: 'integer' })
  limitMs!: number;

  @Column({ type: 'integer' })
  usedMs!: number;

  @Column({ type: 'integer' })
  overtimeMs!: number;

  @EpochMsColumn({ nullable: true })
  startedAt!: number | null;

  @EpochMsColumn()
  endedAt!: number;

  @Column({ type: 'integer', default: 0 })
  interruptions!: number;

  @Column({ type: 'varchar', length: 16, default: 'officer' })
  endedBy!: StatementEnding;
}
