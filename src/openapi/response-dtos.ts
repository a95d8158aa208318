import { createZodDto } from 'nestjs-zod';
import {
  agendaItemViewSchema,
  conferenceDetailSchema,
  conferenceStatementSchema,
  conferenceSummarySchema,
  createdScreenLinkSchema,
  delegationViewSchema,
  errorBodySchema,
  floorStateViewSchema,
  meetingViewSchema,
  presenceViewSchema,
  roomViewSchema,
  screenLinkViewSchema,
  speakerEntryViewSchema,
  speakersListViewSchema,
  statementViewSchema,
  statementsReportSchema,
  webhookDeliveryViewSchema,
  webhookViewSchema,
} from '../shared/api-schemas';

/** The DTO classes of the response views, for @ZodResponse and @ApiResponse. */
export class ErrorBodyDto extends createZodDto(errorBodySchema) {}
export class ConferenceSummaryDto extends createZodDto(conferenceSummarySchema) {}
export class ConferenceDetailDto extends createZodDto(conferenceDetailSchema) {}
export class MeetingViewDto extends createZodDto(meetingViewSchema) {}
export class RoomViewDto extends createZodDto(roomViewSchema) {}
export class AgendaItemViewDto extends createZodDto(agendaItemViewSchema) {}
export class DelegationViewDto extends createZodDto(delegationViewSchema) {}
export class SpeakerEntryViewDto extends createZodDto(speakerEntryViewSchema) {}
export class SpeakersListViewDto extends createZodDto(speakersListViewSchema) {}
export class FloorStateViewDto extends createZodDto(floorStateViewSchema) {}
export class StatementViewDto extends createZodDto(statementViewSchema) {}
export class StatementsReportDto extends createZodDto(statementsReportSchema) {}
export class ConferenceStatementDto extends createZodDto(conferenceStatementSchema) {}
export class PresenceViewDto extends createZodDto(presenceViewSchema) {}
export class WebhookViewDto extends createZodDto(webhookViewSchema) {}
export class WebhookDeliveryViewDto extends createZodDto(webhookDeliveryViewSchema) {}
export class ScreenLinkViewDto extends createZodDto(screenLinkViewSchema) {}
export class CreatedScreenLinkDto extends createZodDto(createdScreenLinkSchema) {}
