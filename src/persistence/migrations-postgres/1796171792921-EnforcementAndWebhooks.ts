import { MigrationInterface, QueryRunner } from "typeorm";

export class EnforcementAndWebhooks1796171792921 implements MigrationInterface {
    name = 'EnforcementAndWebhooks1796171792921'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "webhook" ("id" SERIAL NOT NULL, "conferenceId" integer NOT NULL, "url" character varying(2000) NOT NULL, "secret" character varying(200) NOT NULL, "events" text NOT NULL, "createdAt" bigint NOT NULL, CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_cc01601e046c622d5837667438" ON "webhook" ("conferenceId") `);
        await queryRunner.query(`CREATE TABLE "webhook_delivery" ("id" character varying(36) NOT NULL, "webhookId" integer NOT NULL, "event" character varying(32) NOT NULL, "body" text NOT NULL, "status" character varying(12) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "nextAttemptAt" bigint, "claimedUntil" bigint, "lastStatusCode" integer, "lastError" character varying(500), "createdAt" bigint NOT NULL, "lastAttemptAt" bigint, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_756f07a5beb3326ea1488192d8" ON "webhook_delivery" ("webhookId") `);
        await queryRunner.query(`CREATE INDEX "IDX_66e0a81a9e999f6aa0205e57b9" ON "webhook_delivery" ("status") `);
        await queryRunner.query(`ALTER TABLE "conference" ADD "enforcementMode" character varying(12) NOT NULL DEFAULT 'count'`);
        await queryRunner.query(`ALTER TABLE "conference" ADD "enforcementGraceSeconds" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "floor" ADD "signalled" character varying(8) NOT NULL DEFAULT 'none'`);
        await queryRunner.query(`ALTER TABLE "floor" ADD "backFromPointOfOrder" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "floor" ADD "undo" text`);
        await queryRunner.query(`ALTER TABLE "statement" ADD "endedBy" character varying(16) NOT NULL DEFAULT 'officer'`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD "enforcementMode" character varying(12)`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD "enforcementGraceSeconds" integer`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "enforcementGraceSeconds"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "enforcementMode"`);
        await queryRunner.query(`ALTER TABLE "statement" DROP COLUMN "endedBy"`);
        await queryRunner.query(`ALTER TABLE "floor" DROP COLUMN "undo"`);
        await queryRunner.query(`ALTER TABLE "floor" DROP COLUMN "backFromPointOfOrder"`);
        await queryRunner.query(`ALTER TABLE "floor" DROP COLUMN "signalled"`);
        await queryRunner.query(`ALTER TABLE "conference" DROP COLUMN "enforcementGraceSeconds"`);
        await queryRunner.query(`ALTER TABLE "conference" DROP COLUMN "enforcementMode"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_66e0a81a9e999f6aa0205e57b9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_756f07a5beb3326ea1488192d8"`);
        await queryRunner.query(`DROP TABLE "webhook_delivery"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cc01601e046c622d5837667438"`);
        await queryRunner.query(`DROP TABLE "webhook"`);
    }

}
