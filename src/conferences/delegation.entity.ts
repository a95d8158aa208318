import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DelegationKind } from '../domain/capacity';

@Entity('delegation')
@Unique(['conferenceId', 'name'])
export class DelegationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  conferenceId!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: DelegationKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  regionalGroup!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  isoCode!: string | null;
}

/** A group (regional, EU, NAM, ...) is a delegation whose members are delegations. */
@Entity('delegation_membership')
export class DelegationMembershipEntity {
  @Column({ type: 'integer', primary: true })
  groupId!: number;

  @Index()
  @Column({ type: 'integer', primary: true })
  memberId!: number;
}
