import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('speakers_list')
export class SpeakersListEntity {
  @PrimaryColumn({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'boolean', default: false })
  closed!: boolean;
}
