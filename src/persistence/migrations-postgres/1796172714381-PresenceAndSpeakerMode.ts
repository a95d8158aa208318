import { MigrationInterface, QueryRunner } from "typeorm";

export class PresenceAndSpeakerMode1796172714381 implements MigrationInterface {
    name = 'PresenceAndSpeakerMode1796172714381'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "delegation_presence" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "delegationId" integer NOT NULL, "mode" character varying(8), "modeSince" bigint, "ready" boolean NOT NULL DEFAULT false, "readySince" bigint, "offlineSince" bigint, CONSTRAINT "UQ_d4a2bbbad8f9dffb6235d16edd1" UNIQUE ("meetingId", "delegationId"), CONSTRAINT "PK_0f0c31e42e16b149601d56614f2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "statement" ADD "speakerMode" character varying(8)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "statement" DROP COLUMN "speakerMode"`);
        await queryRunner.query(`DROP TABLE "delegation_presence"`);
    }

}
