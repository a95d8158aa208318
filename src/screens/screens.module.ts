import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveModule } from '../live/live.module';
import { MeetingEntity } from '../meetings/meeting.entity';
import { ScreenKeyGuard } from './screen-key.guard';
import { ScreenKeys } from './screen-keys';
import { ScreenLinkEntity } from './screen-link.entity';
import { ScreenLinksController } from './screen-links.controller';
import { ScreenLinksService } from './screen-links.service';

/** Global: the reads screens make (meetings, floor, speakers) and the live join check their keys. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ScreenLinkEntity, MeetingEntity]), LiveModule],
  controllers: [ScreenLinksController],
  providers: [ScreenKeys, ScreenKeyGuard, ScreenLinksService],
  exports: [ScreenKeys, ScreenKeyGuard],
})
export class ScreensModule {}
