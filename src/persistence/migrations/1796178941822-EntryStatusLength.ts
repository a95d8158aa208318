import { MigrationInterface, QueryRunner } from "typeorm";

export class EntryStatusLength1796178941822 implements MigrationInterface {
    name = 'EntryStatusLength1796178941822'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9"`);
        await queryRunner.query(`CREATE TABLE "temporary_speaker_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "status" varchar(16) NOT NULL, "position" integer, "pinned" boolean NOT NULL DEFAULT (0), "limitSeconds" integer NOT NULL, "usedMs" integer NOT NULL DEFAULT (0), "requestedAt" bigint NOT NULL, "requestId" varchar(100), "inscribedByRole" varchar(12) NOT NULL, CONSTRAINT "UQ_3e9283afbc882e23ada56f5799c" UNIQUE ("meetingId", "requestId"))`);
        await queryRunner.query(`INSERT INTO "temporary_speaker_entry"("id", "meetingId", "delegationId", "capacity", "onBehalfOfId", "status", "position", "pinned", "limitSeconds", "usedMs", "requestedAt", "requestId", "inscribedByRole") SELECT "id", "meetingId", "delegationId", "capacity", "onBehalfOfId", "status", "position", "pinned", "limitSeconds", "usedMs", "requestedAt", "requestId", "inscribedByRole" FROM "speaker_entry"`);
        await queryRunner.query(`DROP TABLE "speaker_entry"`);
        await queryRunner.query(`ALTER TABLE "temporary_speaker_entry" RENAME TO "speaker_entry"`);
        await queryRunner.query(`CREATE INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9" ON "speaker_entry" ("meetingId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9"`);
        await queryRunner.query(`ALTER TABLE "speaker_entry" RENAME TO "temporary_speaker_entry"`);
        await queryRunner.query(`CREATE TABLE "speaker_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "delegationId" integer NOT NULL, "capacity" varchar(20) NOT NULL, "onBehalfOfId" integer, "status" varchar(12) NOT NULL, "position" integer, "pinned" boolean NOT NULL DEFAULT (0), "limitSeconds" integer NOT NULL, "usedMs" integer NOT NULL DEFAULT (0), "requestedAt" bigint NOT NULL, "requestId" varchar(100), "inscribedByRole" varchar(12) NOT NULL, CONSTRAINT "UQ_3e9283afbc882e23ada56f5799c" UNIQUE ("meetingId", "requestId"))`);
        await queryRunner.query(`INSERT INTO "speaker_entry"("id", "meetingId", "delegationId", "capacity", "onBehalfOfId", "status", "position", "pinned", "limitSeconds", "usedMs", "requestedAt", "requestId", "inscribedByRole") SELECT "id", "meetingId", "delegationId", "capacity", "onBehalfOfId", "status", "position", "pinned", "limitSeconds", "usedMs", "requestedAt", "requestId", "inscribedByRole" FROM "temporary_speaker_entry"`);
        await queryRunner.query(`DROP TABLE "temporary_speaker_entry"`);
        await queryRunner.query(`CREATE INDEX "IDX_a4cb6c7d901b2a5b72cb68bcf9" ON "speaker_entry" ("meetingId") `);
    }

}
