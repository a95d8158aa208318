import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';

@Entity('access_code')
export class AccessCodeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  delegationId!: number;

  /** SHA-256 of a random code: the code itself is shown once and never stored. */
  @Column({ type: 'varchar', length: 64, unique: true })
  codeHash!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  label!: string | null;

  @EpochMsColumn()
  createdAt!: number;

  @EpochMsColumn({ nullable: true })
  expiresAt!: number | null;

  @EpochMsColumn({ nullable: true })
  revokedAt!: number | null;

  @EpochMsColumn({ nullable: true })
  lastUsedAt!: number | null;
}
