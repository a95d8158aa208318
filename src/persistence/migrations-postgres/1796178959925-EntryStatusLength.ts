import { MigrationInterface, QueryRunner } from "typeorm";

export class EntryStatusLength1796178959925 implements MigrationInterface {
    name = 'EntryStatusLength1796178959925'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Edited from the generated DROP/ADD: widening in place keeps every entry's status ("not-delivered" is 13 long).
        await queryRunner.query(`ALTER TABLE "speaker_entry" ALTER COLUMN "status" TYPE character varying(16)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "speaker_entry" ALTER COLUMN "status" TYPE character varying(12)`);
    }

}
