import { Column, Entity, PrimaryColumn } from 'typeorm';

export const SETUP_TOKEN_ROW_ID = 1;

/**
 * The one-time token of the first-run set-up link, while no officer exists. In the database, not
 * only in the data folder, so every instance on one PostgreSQL serves and prints the same link.
 */
@Entity('setup_token')
export class SetupTokenEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  token!: string;
}
