import { MigrationInterface, QueryRunner } from "typeorm";

export class PresenceAndSpeakerMode1796172713381 implements MigrationInterface {
    name = 'PresenceAndSpeakerMode1796172713381'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "delegation_presence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "delegationId" integer NOT NULL, "mode" varchar(8), "modeSince" bigint, "ready" boolean NOT NULL DEFAULT (0), "readySince" bigint, "offlineSince" bigint, CONSTRAINT "UQ_d4a2bbbad8f9dffb6235d16edd1" UNIQUE ("meetingId", "delegationId"))`);
        // Edited from the generated copy of the whole table: adding the column in place leaves the
        // table's other columns to the migrations that own them.
        await queryRunner.query(`ALTER TABLE "statement" ADD COLUMN "speakerMode" varchar(8)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "statement" DROP COLUMN "speakerMode"`);
        await queryRunner.query(`DROP TABLE "delegation_presence"`);
    }

}
