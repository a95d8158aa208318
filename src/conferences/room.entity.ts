import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('room')
@Unique(['conferenceId', 'name'])
export class RoomEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  conferenceId!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;
}
