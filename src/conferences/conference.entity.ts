import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Capacity } from '../domain/capacity';
import type { EnforcementMode } from '../domain/timer/enforcement';

export type StatementLimitsSeconds = Record<Exclude<Capacity, 'right-of-reply'>, number>;

export interface BureauSeat {
  role: 'chair' | 'vice-chair';
  regionalGroup: string;
  delegation: string | null;
  person: string | null;
}

export interface ConferenceDocument {
  symbol: string;
  title: string;
  /** ISO date of issue. */
  date: string;
}

/** Where a limit comes from: `provisional` when it is an assumption, not in the chair's letters. */
export interface LimitNote {
  provisional: boolean;
  note: string;
}

@Entity('conference')
export class ConferenceEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 400 })
  title!: string;

  @Column({ type: 'varchar', length: 64 })
  shortTitle!: string;

  @Column({ type: 'varchar', length: 200 })
  venue!: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'varchar', length: 10 })
  startsOn!: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn!: string;

  @Column({ type: 'simple-json' })
  statementLimits!: StatementLimitsSeconds;

  /** One limit per right of reply allowed to a delegation in a meeting: [600, 300]. */
  @Column({ type: 'simple-json' })
  rightOfReplySeconds!: number[];

  @Column({ type: 'integer', default: 30 })
  warningSeconds!: number;

  @Column({ type: 'simple-json' })
  speakingOrder!: Capacity[];

  @Column({ type: 'simple-json' })
  bureau!: BureauSeat[];

  @Column({ type: 'simple-json', nullable: true })
  documents!: ConferenceDocument[] | null;

  /** Keyed like statementLimits, plus `right-of-reply` and `warning`. */
  @Column({ type: 'simple-json', nullable: true })
  limitNotes!: Record<string, LimitNote> | null;
  @Column({ type: 'varchar', length: 12, default: 'count' })
  enforcementMode!: EnforcementMode;

  @Column({ type: 'integer', default: 0 })
  enforcementGraceSeconds!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
