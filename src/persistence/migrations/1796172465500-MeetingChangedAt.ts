import { MigrationInterface, QueryRunner } from "typeorm";

export class MeetingChangedAt1796172465500 implements MigrationInterface {
    name = 'MeetingChangedAt1796172465500'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" ADD COLUMN "changedAt" bigint`);
        // Meetings from before: changed as of now, once, so their calendar stamp is stable from here on.
        await queryRunner.query(`UPDATE "meeting" SET "changedAt" = CAST(strftime('%s', 'now') AS INTEGER) * 1000`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "changedAt"`);
    }

}
