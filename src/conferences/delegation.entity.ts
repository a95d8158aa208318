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

  /** The State's group for electoral purposes (Türkiye: WEOG); `regionalGroups` lists every one. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  regionalGroup!: string | null;

  /** Every UN regional group the State is listed in, `regionalGroup` first; null: just `regionalGroup`. */
  @Column({ type: 'simple-json', nullable: true })
  regionalGroups!: string[] | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  isoCode!: string | null;

  /** Seeded from an assumption rather than the chair's letters or a UN list; `note` says why. */
  @Column({ type: 'boolean', default: false })
  provisional!: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

/** A group (regional, EU, NAM, ...) is a delegation whose members are delegations. */
@Entity('delegation_membership')
export class DelegationMembershipEntity {
  @Column({ type: 'integer', primary: true })
  groupId!: number;

  @Index()
  @Column({ type: 'integer', primary: true })
  memberId!: number;

  /** Attends the group's meetings as an observer (the United States in WEOG). */
  @Column({ type: 'boolean', default: false })
  asObserver!: boolean;
}
