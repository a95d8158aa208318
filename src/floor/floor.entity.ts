import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UndoPoint } from '../domain/meeting/meeting-state';
import type { FloorStatus, InterruptedStatement, TimerSignal } from '../domain/timer/floor-state';
import { EpochMsColumn, nullableJson } from '../persistence/columns';

@Entity('floor')
export class FloorEntity {
  @PrimaryColumn({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'varchar', length: 12, default: 'idle' })
  status!: FloorStatus;

  @Column({ type: 'integer', nullable: true })
  entryId!: number | null;

  @Column({ type: 'integer', default: 0 })
  limitMs!: number;

  @Column({ type: 'integer', default: 0 })
  elapsedMs!: number;

  @EpochMsColumn({ nullable: true })
  runningSince!: number | null;

  @EpochMsColumn({ nullable: true })
  statementStartedAt!: number | null;

  @Column({ type: 'integer', default: 0 })
  interruptions!: number;

  @Column({ type: 'varchar', length: 80, nullable: true })
  message!: string | null;

  /** Statements paused by points of order, innermost last. */
  @Column({ type: 'simple-json' })
  interrupted!: InterruptedStatement[];

  @Column({ type: 'varchar', length: 8, default: 'none' })
  signalled!: TimerSignal;

  @Column({ type: 'boolean', default: false })
  backFromPointOfOrder!: boolean;

  /** The overlays' on-air switch (MeetingState.overlayOnAir). */
  @Column({ type: 'boolean', default: true })
  overlayOnAir!: boolean;

  /** The officer's last floor command, for undo. */
  @Column({ type: 'text', nullable: true, transformer: nullableJson })
  undo!: UndoPoint | null;
}
