import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795619265813 implements MigrationInterface {
    name = 'InitialSchema1795619265813'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "access_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "delegationId" integer NOT NULL, "codeHash" varchar(64) NOT NULL, "label" varchar(100), "createdAt" bigint NOT NULL, "expiresAt" bigint, "revokedAt" bigint, "lastUsedAt" bigint, CONSTRAINT "UQ_9c5de6875d209f78228eae5313b" UNIQUE ("codeHash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_622088994f315d71a9473105f3" ON "access_code" ("delegationId") `);
        await queryRunner.query(`CREATE TABLE "officer" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "passwordHash" varchar(100) NOT NULL, "createdAt" bigint NOT NULL, CONSTRAINT "UQ_76cc8ff9afd1cec54b4884501e8" UNIQUE ("username"))`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" bigint NOT NULL, "meetingId" integer, "actorRole" varchar(12) NOT NULL, "actorId" integer NOT NULL, "action" varchar(64) NOT NULL, "beforeVersion" integer, "afterVersion" integer, "detail" text)`);
        await queryRunner.query(`CREATE INDEX "IDX_c698a392b1cdfe531c0a35e925" ON "audit_entry" ("meetingId") `);
        await queryRunner.query(`CREATE TABLE "agenda_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "code" varchar(8) NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_06e8b990f603da027ff33d5533b" UNIQUE ("conferenceId", "code"))`);
        await queryRunner.query(`CREATE TABLE "conference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar(64) NOT NULL, "title" varchar(400) NOT NULL, "shortTitle" varchar(64) NOT NULL, "venue" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "statementLimits" text NOT NULL, "rightOfReplySeconds" text NOT NULL, "warningSeconds" integer NOT NULL DEFAULT (30), "speakingOrder" text NOT NULL, "bureau" text NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_397141897c52dec3904419be40e" UNIQUE ("slug"))`);
        await queryRunner.query(`CREATE TABLE "delegation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "regionalGroup" varchar(40), "isoCode" varchar(2), CONSTRAINT "UQ_6d6a721cb41db1bc7963beb4254" UNIQUE ("conferenceId", "name"))`);
        await queryRunner.query(`CREATE INDEX "IDX_09c264b3b59c5411802a65c49b" ON "delegation" ("conferenceId") `);
        await queryRunner.query(`CREATE TABLE "delegation_membership" ("groupId" integer NOT NULL, "memberId" integer NOT NULL, PRIMARY KEY ("groupId", "memberId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_18c8d89271374255480b5acd02" ON "delegation_membership" ("memberId") `);
        await queryRunner.query(`CREATE TABLE "room" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "name" varchar(200) NOT NULL, CONSTRAINT "UQ_41068ca917a6f673e80bb4589cf" UNIQUE ("conferenceId", "name"))`);
        await queryRunner.query(`CREATE TABLE "floor" ("meetingId" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (1), "status" varchar(12) NOT NULL DEFAULT ('idle'), "entryId" integer, "limitMs" integer NOT NULL DEFAULT (0), "elapsedMs" integer NOT NULL DEFAULT (0), "runningSince" bigint, "statementStartedAt" bigint, "interruptions" integer NOT NULL DEFAULT (0), "message" varchar(80), "interrupted" text NOT NULL)`);
        await queryRunner.query(`CREATE TABLE "statement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "entryId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "limitMs" integer NOT NULL, "usedMs" integer NOT NULL, "overtimeMs" integer NOT NULL, "startedAt" bigint, "endedAt" bigint NOT NULL, "interruptions" integer NOT NULL DEFAULT (0))`);
        await queryRunner.query(`CREATE INDEX "IDX_e7432074658e9def36a61ef974" ON "statement" ("meetingId") `);
        await queryRunner.query(`CREATE INDEX "IDX_078f6fd1c43dbcf5ea0fac5283" ON "statement" ("delegationId") `);
        await queryRunner.query(`CREATE TABLE "meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "roomId" integer, "title" varchar(300) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "webcast" boolean NOT NULL DEFAULT (0), "startsAt" bigint NOT NULL, "endsAt" bigint NOT NULL, "agendaItemIds" text NOT NULL, "preparatory" boolean NOT NULL DEFAULT (0), "cancelled" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1))`);
        await queryRunner.query(`CREATE INDEX "IDX_3d3f9b42265c4d68c2da9a24da" ON "meeting" ("conferenceId") `);
        await queryRunner.query(`CREATE TABLE "speaker_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "status" varchar(12) NOT NULL, "position" integer, "pinned" boolean NOT NULL DEFAULT (0), "limitSeconds" integer NOT NULL, "usedMs" integer NOT NULL DEFAULT (0), "requestedAt" bigint NOT NULL, "requestId" varchar(100), "inscribedByRole" varchar(12) NOT NULL, CONSTRAINT "UQ_3e9283afbc882e23ada56f5799c" UNIQUE ("meetingId", "requestId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9" ON "speaker_entry" ("meetingId") `);
        await queryRunner.query(`CREATE TABLE "speakers_list" ("meetingId" integer PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (1), "closed" boolean NOT NULL DEFAULT (0))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "speakers_list"`);
        await queryRunner.query(`DROP INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9"`);
        await queryRunner.query(`DROP TABLE "speaker_entry"`);
        await queryRunner.query(`DROP INDEX "IDX_3d3f9b42265c4d68c2da9a24da"`);
        await queryRunner.query(`DROP TABLE "meeting"`);
        await queryRunner.query(`DROP INDEX "IDX_078f6fd1c43dbcf5ea0fac5283"`);
        await queryRunner.query(`DROP INDEX "IDX_e7432074658e9def36a61ef974"`);
        await queryRunner.query(`DROP TABLE "statement"`);
        await queryRunner.query(`DROP TABLE "floor"`);
        await queryRunner.query(`DROP TABLE "room"`);
        await queryRunner.query(`DROP INDEX "IDX_18c8d89271374255480b5acd02"`);
        await queryRunner.query(`DROP TABLE "delegation_membership"`);
        await queryRunner.query(`DROP INDEX "IDX_09c264b3b59c5411802a65c49b"`);
        await queryRunner.query(`DROP TABLE "delegation"`);
        await queryRunner.query(`DROP TABLE "conference"`);
        await queryRunner.query(`DROP TABLE "agenda_item"`);
        await queryRunner.query(`DROP INDEX "IDX_c698a392b1cdfe531c0a35e925"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP TABLE "officer"`);
        await queryRunner.query(`DROP INDEX "IDX_622088994f315d71a9473105f3"`);
        await queryRunner.query(`DROP TABLE "access_code"`);
    }

}
