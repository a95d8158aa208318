import { MigrationInterface, QueryRunner } from "typeorm";

export class MeetingTitles1796180412738 implements MigrationInterface {
    name = 'MeetingTitles1796180412738'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" ADD "titles" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "titles"`);
    }

}
