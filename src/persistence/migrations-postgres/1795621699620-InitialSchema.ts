import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795621699620 implements MigrationInterface {
    name = 'InitialSchema1795621699620'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "access_code" ("id" SERIAL NOT NULL, "delegationId" integer NOT NULL, "codeHash" character varying(64) NOT NULL, "label" character varying(100), "createdAt" bigint NOT NULL, "expiresAt" bigint, "revokedAt" bigint, "lastUsedAt" bigint, CONSTRAINT "UQ_9c5de6875d209f78228eae5313b" UNIQUE ("codeHash"), CONSTRAINT "PK_31c26435c0d26a2ce6bee4a763b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_622088994f315d71a9473105f3" ON "access_code" ("delegationId") `);
        await queryRunner.query(`CREATE TABLE "officer" ("id" SERIAL NOT NULL, "username" character varying(64) NOT NULL, "passwordHash" character varying(100) NOT NULL, "createdAt" bigint NOT NULL, CONSTRAINT "UQ_76cc8ff9afd1cec54b4884501e8" UNIQUE ("username"), CONSTRAINT "PK_b9bab694da36794c5065085936c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" bigint NOT NULL, "meetingId" integer, "actorRole" character varying(12) NOT NULL, "actorId" integer NOT NULL, "action" character varying(64) NOT NULL, "beforeVersion" integer, "afterVersion" integer, "detail" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c698a392b1cdfe531c0a35e925" ON "audit_entry" ("meetingId") `);
        await queryRunner.query(`CREATE TABLE "agenda_item" ("id" SERIAL NOT NULL, "conferenceId" integer NOT NULL, "code" character varying(8) NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_06e8b990f603da027ff33d5533b" UNIQUE ("conferenceId", "code"), CONSTRAINT "PK_413623e61232799619c2e0a1d42" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "conference" ("id" SERIAL NOT NULL, "slug" character varying(64) NOT NULL, "title" character varying(400) NOT NULL, "shortTitle" character varying(64) NOT NULL, "venue" character varying(200) NOT NULL, "timeZone" character varying(64) NOT NULL, "startsOn" character varying(10) NOT NULL, "endsOn" character varying(10) NOT NULL, "statementLimits" text NOT NULL, "rightOfReplySeconds" text NOT NULL, "warningSeconds" integer NOT NULL DEFAULT '30', "speakingOrder" text NOT NULL, "bureau" text NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_397141897c52dec3904419be40e" UNIQUE ("slug"), CONSTRAINT "PK_e203a214f53b0eeefb3db00fdb2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "delegation" ("id" SERIAL NOT NULL, "conferenceId" integer NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "regionalGroup" character varying(40), "isoCode" character varying(2), CONSTRAINT "UQ_6d6a721cb41db1bc7963beb4254" UNIQUE ("conferenceId", "name"), CONSTRAINT "PK_a2cb6c9b942d68b109131beab44" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_09c264b3b59c5411802a65c49b" ON "delegation" ("conferenceId") `);
        await queryRunner.query(`CREATE TABLE "delegation_membership" ("groupId" integer NOT NULL, "memberId" integer NOT NULL, CONSTRAINT "PK_dd7c3714075e878b13a68de72bc" PRIMARY KEY ("groupId", "memberId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_18c8d89271374255480b5acd02" ON "delegation_membership" ("memberId") `);
        await queryRunner.query(`CREATE TABLE "room" ("id" SERIAL NOT NULL, "conferenceId" integer NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "UQ_41068ca917a6f673e80bb4589cf" UNIQUE ("conferenceId", "name"), CONSTRAINT "PK_c6d46db005d623e691b2fbcba23" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "floor" ("meetingId" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "status" character varying(12) NOT NULL DEFAULT 'idle', "entryId" integer, "limitMs" integer NOT NULL DEFAULT '0', "elapsedMs" integer NOT NULL DEFAULT '0', "runningSince" bigint, "statementStartedAt" bigint, "interruptions" integer NOT NULL DEFAULT '0', "message" character varying(80), "interrupted" text NOT NULL, CONSTRAINT "PK_669699c20e37fe325f919adaccd" PRIMARY KEY ("meetingId"))`);
        await queryRunner.query(`CREATE TABLE "statement" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "entryId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" character varying(20) NOT NULL, "onBehalfOfId" integer, "limitMs" integer NOT NULL, "usedMs" integer NOT NULL, "overtimeMs" integer NOT NULL, "startedAt" bigint, "endedAt" bigint NOT NULL, "interruptions" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d2ef88cb44b99f3332a1eebb96f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e7432074658e9def36a61ef974" ON "statement" ("meetingId") `);
        await queryRunner.query(`CREATE INDEX "IDX_078f6fd1c43dbcf5ea0fac5283" ON "statement" ("delegationId") `);
        await queryRunner.query(`CREATE TABLE "meeting" ("id" SERIAL NOT NULL, "conferenceId" integer NOT NULL, "roomId" integer, "title" character varying(300) NOT NULL, "kind" character varying(32) NOT NULL, "format" character varying(16) NOT NULL, "webcast" boolean NOT NULL DEFAULT false, "startsAt" bigint NOT NULL, "endsAt" bigint NOT NULL, "agendaItemIds" text NOT NULL, "preparatory" boolean NOT NULL DEFAULT false, "cancelled" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3d3f9b42265c4d68c2da9a24da" ON "meeting" ("conferenceId") `);
        await queryRunner.query(`CREATE TABLE "speaker_entry" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" character varying(20) NOT NULL, "onBehalfOfId" integer, "status" character varying(12) NOT NULL, "position" integer, "pinned" boolean NOT NULL DEFAULT false, "limitSeconds" integer NOT NULL, "usedMs" integer NOT NULL DEFAULT '0', "requestedAt" bigint NOT NULL, "requestId" character varying(100), "inscribedByRole" character varying(12) NOT NULL, CONSTRAINT "UQ_3e9283afbc882e23ada56f5799c" UNIQUE ("meetingId", "requestId"), CONSTRAINT "PK_c560eef93621d320a4f3e2d832d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9" ON "speaker_entry" ("meetingId") `);
        await queryRunner.query(`CREATE TABLE "speakers_list" ("meetingId" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "closed" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_b8d4987a6b65d09987cdf675aa1" PRIMARY KEY ("meetingId"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "speakers_list"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a4cb6c7d901b2a5b72cb68bcf9"`);
        await queryRunner.query(`DROP TABLE "speaker_entry"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3d3f9b42265c4d68c2da9a24da"`);
        await queryRunner.query(`DROP TABLE "meeting"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_078f6fd1c43dbcf5ea0fac5283"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e7432074658e9def36a61ef974"`);
        await queryRunner.query(`DROP TABLE "statement"`);
        await queryRunner.query(`DROP TABLE "floor"`);
        await queryRunner.query(`DROP TABLE "room"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_18c8d89271374255480b5acd02"`);
        await queryRunner.query(`DROP TABLE "delegation_membership"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_09c264b3b59c5411802a65c49b"`);
        await queryRunner.query(`DROP TABLE "delegation"`);
        await queryRunner.query(`DROP TABLE "conference"`);
        await queryRunner.query(`DROP TABLE "agenda_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c698a392b1cdfe531c0a35e925"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP TABLE "officer"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_622088994f315d71a9473105f3"`);
        await queryRunner.query(`DROP TABLE "access_code"`);
    }

}
