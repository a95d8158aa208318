import { MigrationInterface, QueryRunner } from "typeorm";

export class EnforcementAndWebhooks1796171725703 implements MigrationInterface {
    name = 'EnforcementAndWebhooks1796171725703'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "webhook" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "url" varchar(2000) NOT NULL, "secret" varchar(200) NOT NULL, "events" text NOT NULL, "createdAt" bigint NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_cc01601e046c622d5837667438" ON "webhook" ("conferenceId") `);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" varchar(36) PRIMARY KEY NOT NULL, "webhookId" integer NOT NULL, "event" varchar(32) NOT NULL, "body" text NOT NULL, "status" varchar(12) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" bigint, "claimedUntil" bigint, "lastStatusCode" integer, "lastError" varchar(500), "createdAt" bigint NOT NULL, "lastAttemptAt" bigint)`);
        await queryRunner.query(`CREATE INDEX "IDX_756f07a5beb3326ea1488192d8" ON "webhook_delivery" ("webhookId") `);
        await queryRunner.query(`CREATE INDEX "IDX_66e0a81a9e999f6aa0205e57b9" ON "webhook_delivery" ("status") `);
        await queryRunner.query(`CREATE TABLE "temporary_conference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar(64) NOT NULL, "title" varchar(400) NOT NULL, "shortTitle" varchar(64) NOT NULL, "venue" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "statementLimits" text NOT NULL, "rightOfReplySeconds" text NOT NULL, "warningSeconds" integer NOT NULL DEFAULT (30), "speakingOrder" text NOT NULL, "bureau" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "enforcementMode" varchar(12) NOT NULL DEFAULT ('count'), "enforcementGraceSeconds" integer NOT NULL DEFAULT (0), CONSTRAINT "UQ_397141897c52dec3904419be40e" UNIQUE ("slug"))`);
        await queryRunner.query(`INSERT INTO "temporary_conference"("id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version") SELECT "id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version" FROM "conference"`);
        await queryRunner.query(`DROP TABLE "conference"`);
        await queryRunner.query(`ALTER TABLE "temporary_conference" RENAME TO "conference"`);
        await queryRunner.query(`CREATE TABLE "temporary_floor" ("meetingId" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL DEFAULT ('idle'), "entryId" integer, "limitMs" integer NOT NULL DEFAULT (0), "elapsedMs" integer NOT NULL DEFAULT (0), "runningSince" bigint, "statementStartedAt" bigint, "interruptions" integer NOT NULL DEFAULT (0), "message" varchar(80), "interrupted" text NOT NULL, "signalled" varchar(8) NOT NULL DEFAULT ('none'), "backFromPointOfOrder" boolean NOT NULL DEFAULT (0), "undo" text)`);
        await queryRunner.query(`INSERT INTO "temporary_floor"("meetingId", "version", "status", "entryId", "limitMs", "elapsedMs", "runningSince", "statementStartedAt", "interruptions", "message", "interrupted") SELECT "meetingId", "version", "status", "entryId", "limitMs", "elapsedMs", "runningSince", "statementStartedAt", "interruptions", "message", "interrupted" FROM "floor"`);
        await queryRunner.query(`DROP TABLE "floor"`);
        await queryRunner.query(`ALTER TABLE "temporary_floor" RENAME TO "floor"`);
        await queryRunner.query(`DROP INDEX "IDX_078f6fd1c43dbcf5ea0fac5283"`);
        await queryRunner.query(`DROP INDEX "IDX_e7432074658e9def36a61ef974"`);
        await queryRunner.query(`CREATE TABLE "temporary_statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "entryId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "limitMs" integer NOT NULL, "usedMs" integer NOT NULL, "overtimeMs" integer NOT NULL, "startedAt" bigint, "endedAt" bigint NOT NULL, "interruptions" integer NOT NULL DEFAULT (0), "endedBy" varchar(16) NOT NULL DEFAULT ('officer'))`);
        await queryRunner.query(`INSERT INTO "temporary_statement"("id", "meetingId", "entryId", "delegationId", "capacity", "onBehalfOfId", "limitMs", "usedMs", "overtimeMs", "startedAt", "endedAt", "interruptions") SELECT "id", "meetingId", "entryId", "delegationId", "capacity", "onBehalfOfId", "limitMs", "usedMs", "overtimeMs", "startedAt", "endedAt", "interruptions" FROM "statement"`);
        await queryRunner.query(`DROP TABLE "statement"`);
        await queryRunner.query(`ALTER TABLE "temporary_statement" RENAME TO "statement"`);
        await queryRunner.query(`CREATE INDEX "IDX_078f6fd1c43dbcf5ea0fac5283" ON "statement" ("delegationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_e7432074658e9def36a61ef974" ON "statement" ("meetingId") `);
        await queryRunner.query(`DROP INDEX "IDX_3d3f9b42265c4d68c2da9a24da"`);
        await queryRunner.query(`CREATE TABLE "temporary_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "roomId" integer, "title" varchar(300) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "webcast" boolean NOT NULL DEFAULT (0), "startsAt" bigint NOT NULL, "endsAt" bigint NOT NULL, "agendaItemIds" text NOT NULL, "preparatory" boolean NOT NULL DEFAULT (0), "cancelled" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "enforcementMode" varchar(12), "enforcementGraceSeconds" integer)`);
        await queryRunner.query(`INSERT INTO "temporary_meeting"("id", "conferenceId", "roomId", "title", "kind", "format", "webcast", "startsAt", "endsAt", "agendaItemIds", "preparatory", "cancelled", "version") SELECT "id", "conferenceId", "roomId", "title", "kind", "format", "webcast", "startsAt", "endsAt", "agendaItemIds", "preparatory", "cancelled", "version" FROM "meeting"`);
        await queryRunner.query(`DROP TABLE "meeting"`);
        await queryRunner.query(`ALTER TABLE "temporary_meeting" RENAME TO "meeting"`);
        await queryRunner.query(`CREATE INDEX "IDX_3d3f9b42265c4d68c2da9a24da" ON "meeting" ("conferenceId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_3d3f9b42265c4d68c2da9a24da"`);
        await queryRunner.query(`ALTER TABLE "meeting" RENAME TO "temporary_meeting"`);
        await queryRunner.query(`CREATE TABLE "meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "roomId" integer, "title" varchar(300) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "webcast" boolean NOT NULL DEFAULT (0), "startsAt" bigint NOT NULL, "endsAt" bigint NOT NULL, "agendaItemIds" text NOT NULL, "preparatory" boolean NOT NULL DEFAULT (0), "cancelled" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1))`);
        await queryRunner.query(`INSERT INTO "meeting"("id", "conferenceId", "roomId", "title", "kind", "format", "webcast", "startsAt", "endsAt", "agendaItemIds", "preparatory", "cancelled", "version") SELECT "id", "conferenceId", "roomId", "title", "kind", "format", "webcast", "startsAt", "endsAt", "agendaItemIds", "preparatory", "cancelled", "version" FROM "temporary_meeting"`);
        await queryRunner.query(`DROP TABLE "temporary_meeting"`);
        await queryRunner.query(`CREATE INDEX "IDX_3d3f9b42265c4d68c2da9a24da" ON "meeting" ("conferenceId") `);
        await queryRunner.query(`DROP INDEX "IDX_e7432074658e9def36a61ef974"`);
        await queryRunner.query(`DROP INDEX "IDX_078f6fd1c43dbcf5ea0fac5283"`);
        await queryRunner.query(`ALTER TABLE "statement" RENAME TO "temporary_statement"`);
        await queryRunner.query(`CREATE TABLE "statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "entryId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "limitMs" integer NOT NULL, "usedMs" integer NOT NULL, "overtimeMs" integer NOT NULL, "startedAt" bigint, "endedAt" bigint NOT NULL, "interruptions" integer NOT NULL DEFAULT (0))`);
        await queryRunner.query(`INSERT INTO "statement"("id", "meetingId", "entryId", "delegationId", "capacity", "onBehalfOfId", "limitMs", "usedMs", "overtimeMs", "startedAt", "endedAt", "interruptions") SELECT "id", "meetingId", "entryId", "delegationId", "capacity", "onBehalfOfId", "limitMs", "usedMs", "overtimeMs", "startedAt", "endedAt", "interruptions" FROM "temporary_statement"`);
        await queryRunner.query(`DROP TABLE "temporary_statement"`);
        await queryRunner.query(`CREATE INDEX "IDX_e7432074658e9def36a61ef974" ON "statement" ("meetingId") `);
        await queryRunner.query(`CREATE INDEX "IDX_078f6fd1c43dbcf5ea0fac5283" ON "statement" ("delegationId") `);
        await queryRunner.query(`ALTER TABLE "floor" RENAME TO "temporary_floor"`);
        await queryRunner.query(`CREATE TABLE "floor" ("meetingId" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL DEFAULT ('idle'), "entryId" integer, "limitMs" integer NOT NULL DEFAULT (0), "elapsedMs" integer NOT NULL DEFAULT (0), "runningSince" bigint, "statementStartedAt" bigint, "interruptions" integer NOT NULL DEFAULT (0), "message" varchar(80), "interrupted" text NOT NULL)`);
        await queryRunner.query(`INSERT INTO "floor"("meetingId", "version", "status", "entryId", "limitMs", "elapsedMs", "runningSince", "statementStartedAt", "interruptions", "message", "interrupted") SELECT "meetingId", "version", "status", "entryId", "limitMs", "elapsedMs", "runningSince", "statementStartedAt", "interruptions", "message", "interrupted" FROM "temporary_floor"`);
        await queryRunner.query(`DROP TABLE "temporary_floor"`);
        await queryRunner.query(`ALTER TABLE "conference" RENAME TO "temporary_conference"`);
        await queryRunner.query(`CREATE TABLE "conference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar(64) NOT NULL, "title" varchar(400) NOT NULL, "shortTitle" varchar(64) NOT NULL, "venue" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "statementLimits" text NOT NULL, "rightOfReplySeconds" text NOT NULL, "warningSeconds" integer NOT NULL DEFAULT (30), "speakingOrder" text NOT NULL, "bureau" text NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_397141897c52dec3904419be40e" UNIQUE ("slug"))`);
        await queryRunner.query(`INSERT INTO "conference"("id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version") SELECT "id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version" FROM "temporary_conference"`);
        await queryRunner.query(`DROP TABLE "temporary_conference"`);
        await queryRunner.query(`DROP INDEX "IDX_66e0a81a9e999f6aa0205e57b9"`);
        await queryRunner.query(`DROP INDEX "IDX_756f07a5beb3326ea1488192d8"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
        await queryRunner.query(`DROP INDEX "IDX_cc01601e046c622d5837667438"`);
        await queryRunner.query(`DROP TABLE "webhook"`);
    }

}
