import { MigrationInterface, QueryRunner } from "typeorm";

/** One row that /api/health rewrites, while writes are failing, to learn when the disk takes them again. */
export class StorageProbe1795700018001 implements MigrationInterface {
    name = 'StorageProbe1795700018001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "storage_probe" ("id" integer PRIMARY KEY NOT NULL, "writes" integer NOT NULL)`);
        await queryRunner.query(`INSERT INTO "storage_probe" ("id", "writes") VALUES (1, 0)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "storage_probe"`);
    }

}
