import { MigrationInterface, QueryRunner } from "typeorm";

export class MeetingTitles1796180412737 implements MigrationInterface {
    name = 'MeetingTitles1796180412737'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" ADD COLUMN "titles" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "titles"`);
    }

}
