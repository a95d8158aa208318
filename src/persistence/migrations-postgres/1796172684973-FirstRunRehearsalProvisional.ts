import { MigrationInterface, QueryRunner } from "typeorm";

export class FirstRunRehearsalProvisional1796172684973 implements MigrationInterface {
    name = 'FirstRunRehearsalProvisional1796172684973'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "setup_token" ("id" integer NOT NULL, "token" character varying(64) NOT NULL, CONSTRAINT "PK_24ef0fde3e1c093dfaddad0de7e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "conference" ADD "documents" text`);
        await queryRunner.query(`ALTER TABLE "conference" ADD "limitNotes" text`);
        await queryRunner.query(`ALTER TABLE "delegation" ADD "regionalGroups" text`);
        await queryRunner.query(`ALTER TABLE "delegation" ADD "provisional" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "delegation" ADD "note" character varying(500)`);
        await queryRunner.query(`ALTER TABLE "delegation_membership" ADD "asObserver" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD "rehearsal" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD "rehearsalOf" integer`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD "provisional" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD "note" character varying(500)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "note"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "provisional"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "rehearsalOf"`);
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "rehearsal"`);
        await queryRunner.query(`ALTER TABLE "delegation_membership" DROP COLUMN "asObserver"`);
        await queryRunner.query(`ALTER TABLE "delegation" DROP COLUMN "note"`);
        await queryRunner.query(`ALTER TABLE "delegation" DROP COLUMN "provisional"`);
        await queryRunner.query(`ALTER TABLE "delegation" DROP COLUMN "regionalGroups"`);
        await queryRunner.query(`ALTER TABLE "conference" DROP COLUMN "limitNotes"`);
        await queryRunner.query(`ALTER TABLE "conference" DROP COLUMN "documents"`);
        await queryRunner.query(`DROP TABLE "setup_token"`);
    }

}
