import { MigrationInterface, QueryRunner } from "typeorm";

export class FirstRunRehearsalProvisional1796170969601 implements MigrationInterface {
    name = 'FirstRunRehearsalProvisional1796170969601'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "setup_token" ("id" integer PRIMARY KEY NOT NULL, "token" varchar(64) NOT NULL)`);
        await queryRunner.query(`CREATE TABLE "temporary_conference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar(64) NOT NULL, "title" varchar(400) NOT NULL, "shortTitle" varchar(64) NOT NULL, "venue" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "statementLimits" text NOT NULL, "rightOfReplySeconds" text NOT NULL, "warningSeconds" integer NOT NULL DEFAULT (30), "speakingOrder" text NOT NULL, "bureau" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "documents" text, "limitNotes" text, CONSTRAINT "UQ_397141897c52dec3904419be40e" UNIQUE ("slug"))`);
        await queryRunner.query(`INSERT INTO "temporary_conference"("id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version") SELECT "id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version" FROM "conference"`);
        await queryRunner.query(`DROP TABLE "conference"`);
        await queryRunner.query(`ALTER TABLE "temporary_conference" RENAME TO "conference"`);
        await queryRunner.query(`DROP INDEX "IDX_09c264b3b59c5411802a65c49b"`);
        await queryRunner.query(`CREATE TABLE "temporary_delegation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "regionalGroup" varchar(40), "isoCode" varchar(2), "regionalGroups" text, "provisional" boolean NOT NULL DEFAULT (0), "note" varchar(500), CONSTRAINT "UQ_6d6a721cb41db1bc7963beb4254" UNIQUE ("conferenceId", "name"))`);
        await queryRunner.query(`INSERT INTO "temporary_delegation"("id", "conferenceId", "name", "kind", "regionalGroup", "isoCode") SELECT "id", "conferenceId", "name", "kind", "regionalGroup", "isoCode" FROM "delegation"`);
        await queryRunner.query(`DROP TABLE "delegation"`);
        await queryRunner.query(`ALTER TABLE "temporary_delegation" RENAME TO "delegation"`);
        await queryRunner.query(`CREATE INDEX "IDX_09c264b3b59c5411802a65c49b" ON "delegation" ("conferenceId") `);
        await queryRunner.query(`DROP INDEX "IDX_18c8d89271374255480b5acd02"`);
        await queryRunner.query(`CREATE TABLE "temporary_delegation_membership" ("groupId" integer NOT NULL, "memberId" integer NOT NULL, "asObserver" boolean NOT NULL DEFAULT (0), PRIMARY KEY ("groupId", "memberId"))`);
        await queryRunner.query(`INSERT INTO "temporary_delegation_membership"("groupId", "memberId") SELECT "groupId", "memberId" FROM "delegation_membership"`);
        await queryRunner.query(`DROP TABLE "delegation_membership"`);
        await queryRunner.query(`ALTER TABLE "temporary_delegation_membership" RENAME TO "delegation_membership"`);
        await queryRunner.query(`CREATE INDEX "IDX_18c8d89271374255480b5acd02" ON "delegation_membership" ("memberId") `);
        await queryRunner.query(`DROP INDEX "IDX_3d3f9b42265c4d68c2da9a24da"`);
        await queryRunner.query(`CREATE TABLE "temporary_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "roomId" integer, "title" varchar(300) NOT NULL, "kind" varchar(32) NOT NULL, "format" varchar(16) NOT NULL, "webcast" boolean NOT NULL DEFAULT (0), "startsAt" bigint NOT NULL, "endsAt" bigint NOT NULL, "agendaItemIds" text NOT NULL, "preparatory" boolean NOT NULL DEFAULT (0), "cancelled" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "rehearsal" boolean NOT NULL DEFAULT (0), "rehearsalOf" integer, "provisional" boolean NOT NULL DEFAULT (0), "note" varchar(500))`);
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
        await queryRunner.query(`DROP INDEX "IDX_18c8d89271374255480b5acd02"`);
        await queryRunner.query(`ALTER TABLE "delegation_membership" RENAME TO "temporary_delegation_membership"`);
        await queryRunner.query(`CREATE TABLE "delegation_membership" ("groupId" integer NOT NULL, "memberId" integer NOT NULL, PRIMARY KEY ("groupId", "memberId"))`);
        await queryRunner.query(`INSERT INTO "delegation_membership"("groupId", "memberId") SELECT "groupId", "memberId" FROM "temporary_delegation_membership"`);
        await queryRunner.query(`DROP TABLE "temporary_delegation_membership"`);
        await queryRunner.query(`CREATE INDEX "IDX_18c8d89271374255480b5acd02" ON "delegation_membership" ("memberId") `);
        await queryRunner.query(`DROP INDEX "IDX_09c264b3b59c5411802a65c49b"`);
        await queryRunner.query(`ALTER TABLE "delegation" RENAME TO "temporary_delegation"`);
        await queryRunner.query(`CREATE TABLE "delegation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "conferenceId" integer NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, "regionalGroup" varchar(40), "isoCode" varchar(2), CONSTRAINT "UQ_6d6a721cb41db1bc7963beb4254" UNIQUE ("conferenceId", "name"))`);
        await queryRunner.query(`INSERT INTO "delegation"("id", "conferenceId", "name", "kind", "regionalGroup", "isoCode") SELECT "id", "conferenceId", "name", "kind", "regionalGroup", "isoCode" FROM "temporary_delegation"`);
        await queryRunner.query(`DROP TABLE "temporary_delegation"`);
        await queryRunner.query(`CREATE INDEX "IDX_09c264b3b59c5411802a65c49b" ON "delegation" ("conferenceId") `);
        await queryRunner.query(`ALTER TABLE "conference" RENAME TO "temporary_conference"`);
        await queryRunner.query(`CREATE TABLE "conference" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar(64) NOT NULL, "title" varchar(400) NOT NULL, "shortTitle" varchar(64) NOT NULL, "venue" varchar(200) NOT NULL, "timeZone" varchar(64) NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "statementLimits" text NOT NULL, "rightOfReplySeconds" text NOT NULL, "warningSeconds" integer NOT NULL DEFAULT (30), "speakingOrder" text NOT NULL, "bureau" text NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_397141897c52dec3904419be40e" UNIQUE ("slug"))`);
        await queryRunner.query(`INSERT INTO "conference"("id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version") SELECT "id", "slug", "title", "shortTitle", "venue", "timeZone", "startsOn", "endsOn", "statementLimits", "rightOfReplySeconds", "warningSeconds", "speakingOrder", "bureau", "version" FROM "temporary_conference"`);
        await queryRunner.query(`DROP TABLE "temporary_conference"`);
        await queryRunner.query(`DROP TABLE "setup_token"`);
    }

}
