import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';

/** Append-only: rows are inserted, never updated or deleted. */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @EpochMsColumn()
  at!: number;

  @Index()
  @Column({ type: 'integer', nullable: true })
  meetingId!: number | null;

  @Column({ type: 'varchar', length: 12 })
  actorRole!: 'officer' | 'delegate';

  @Column({ type: 'integer' })
  actorId!: number;

  /** Method and route, e.g. "DELETE /api/conferences/:slug/delegations/:delegationId/access-codes/:codeId". */
  @Column({ type: 'varchar', length: 200 })
  action!: string;

  @Column({ type: 'integer', nullable: true })
  beforeVersion!: number | null;

  @Column({ type: 'integer', nullable: true })
  afterVersion!: number | null;

  @Column({ type: 'simple-json', nullable: true })
  detail!: Record<string, unknown> | null;
}
