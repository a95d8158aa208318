import { MigrationInterface, QueryRunner } from "typeorm";

export class ScreenLinksAndOverlayOnAir1796189154912 implements MigrationInterface {
    name = 'ScreenLinksAndOverlayOnAir1796189154912'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "screen_link" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "keyHash" character varying(64) NOT NULL, "label" character varying(100), "createdAt" bigint NOT NULL, "lastUsedAt" bigint, "revokedAt" bigint, CONSTRAINT "UQ_003df3b28f7d64a02267350b6f6" UNIQUE ("keyHash"), CONSTRAINT "PK_271c8fd12d2faa0d2fbbbec7904" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_dce8fe4af5709eb2d497c8682b" ON "screen_link" ("meetingId") `);
        await queryRunner.query(`ALTER TABLE "floor" ADD "overlayOnAir" boolean NOT NULL DEFAULT true`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "floor" DROP COLUMN "overlayOnAir"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dce8fe4af5709eb2d497c8682b"`);
        await queryRunner.query(`DROP TABLE "screen_link"`);
    }

}
