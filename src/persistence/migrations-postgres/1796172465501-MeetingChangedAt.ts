import { MigrationInterface, QueryRunner } from "typeorm";

export class MeetingChangedAt1796172465501 implements MigrationInterface {
    name = 'MeetingChangedAt1796172465501'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" ADD "changedAt" bigint`);
        // Meetings from before: changed as of now, once, so their calendar stamp is stable from here on.
        await queryRunner.query(`UPDATE "meeting" SET "changedAt" = (EXTRACT(EPOCH FROM now()) * 1000)::bigint`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "changedAt"`);
    }

}
