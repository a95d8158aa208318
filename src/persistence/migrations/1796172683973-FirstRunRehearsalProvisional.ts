import { MigrationInterface, QueryRunner } from "typeorm";

export class FirstRunRehearsalProvisional1796172683973 implements MigrationInterface {
    name = 'FirstRunRehearsalProvisional1796172683973'

    // Edited from the generated table copies to ADD COLUMN: a copy lists the columns its branch knew
    // and would drop any another migration added to the same tables.
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "setup_token" ("id" integer PRIMARY KEY NOT NULL, "token" varchar(64) NOT NULL)`);
        await queryRunner.query(`ALTER TABLE "conference" ADD COLUMN "documents" text`);
        await queryRunner.query(`ALTER TABLE "conference" ADD COLUMN "limitNotes" text`);
        await queryRunner.query(`ALTER TABLE "delegation" ADD COLUMN "regionalGroups" text`);
        await queryRunner.query(`ALTER TABLE "delegation" ADD COLUMN "provisional" boolean NOT NULL DEFAULT (0)`);
        await queryRunner.query(`ALTER TABLE "delegation" ADD COLUMN "note" varchar(500)`);
        await queryRunner.query(`ALTER TABLE "delegation_membership" ADD COLUMN "asObserver" boolean NOT NULL DEFAULT (0)`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD COLUMN "rehearsal" boolean NOT NULL DEFAULT (0)`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD COLUMN "rehearsalOf" integer`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD COLUMN "provisional" boolean NOT NULL DEFAULT (0)`);
        await queryRunner.query(`ALTER TABLE "meeting" ADD COLUMN "note" varchar(500)`);
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
