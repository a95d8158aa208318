import { MigrationInterface, QueryRunner } from "typeorm";

export class ScreenLinksAndOverlayOnAir1796189153912 implements MigrationInterface {
    name = 'ScreenLinksAndOverlayOnAir1796189153912'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "screen_link" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "keyHash" varchar(64) NOT NULL, "label" varchar(100), "createdAt" bigint NOT NULL, "lastUsedAt" bigint, "revokedAt" bigint, CONSTRAINT "UQ_003df3b28f7d64a02267350b6f6" UNIQUE ("keyHash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_dce8fe4af5709eb2d497c8682b" ON "screen_link" ("meetingId") `);
        // Edited from the generated copy of the whole table: adding the column in place leaves the
        // table's other columns to the migrations that own them.
        await queryRunner.query(`ALTER TABLE "floor" ADD COLUMN "overlayOnAir" boolean NOT NULL DEFAULT (1)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "floor" DROP COLUMN "overlayOnAir"`);
        await queryRunner.query(`DROP INDEX "IDX_dce8fe4af5709eb2d497c8682b"`);
        await queryRunner.query(`DROP TABLE "screen_link"`);
    }

}
