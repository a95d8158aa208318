import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('agenda_item')
@Unique(['conferenceId', 'code'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  conferenceId!: number;

  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;
}
