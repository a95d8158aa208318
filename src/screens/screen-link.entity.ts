import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';

/** A read-only link for one meeting's display and overlay: the key is in the address, never stored. */
@Entity('screen_link')
export class ScreenLinkEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  meetingId!: number;

  /** SHA-256 of the key, as access codes keep theirs. */
  @Column({ type: 'varchar', length: 64, unique: true })
  keyHash!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  label!: string | null;

  @EpochMsColumn()
  createdAt!: number;

  @EpochMsColumn({ nullable: true })
  lastUsedAt!: number | null;

  @EpochMsColumn({ nullable: true })
  revokedAt!: number | null;
}
