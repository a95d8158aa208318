import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EpochMsColumn } from '../persistence/columns';

@Entity('officer')
export class OfficerEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  passwordHash!: string;

  @EpochMsColumn()
  createdAt!: number;
}
