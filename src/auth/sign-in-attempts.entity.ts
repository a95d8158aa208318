import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';

/** One key's sign-in attempts (an AttemptRecord as JSON), kept so a restart forgets no failure. */
@Entity('sign_in_attempts')
export class SignInAttemptsEntity {
  /** Which count: login-account, login-address, code-tried, code-address. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  counter!: string;

  /** An address, an address and username, or a code's digest. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'text' })
  record!: string;

  /** After this instant the record blocks and counts nothing: it may be deleted. */
  @Index()
  @EpochMsColumn()
  expiresAt!: number;
}
