import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditActionLength1795626385697 implements MigrationInterface {
    name = 'AuditActionLength1795626385697'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_c698a392b1cdfe531c0a35e925"`);
        await queryRunner.query(`CREATE TABLE "temporary_audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" bigint NOT NULL, "meetingId" integer, "actorRole" varchar(12) NOT NULL, "actorId" integer NOT NULL, "action" varchar(200) NOT NULL, "beforeVersion" integer, "afterVersion" integer, "detail" text)`);
        await queryRunner.query(`INSERT INTO "temporary_audit_entry"("id", "at", "meetingId", "actorRole", "actorId", "action", "beforeVersion", "afterVersion", "detail") SELECT "id", "at", "meetingId", "actorRole", "actorId", "action", "beforeVersion", "afterVersion", "detail" FROM "audit_entry"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`ALTER TABLE "temporary_audit_entry" RENAME TO "audit_entry"`);
        await queryRunner.query(`CREATE INDEX "IDX_c698a392b1cdfe531c0a35e925" ON "audit_entry" ("meetingId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_c698a392b1cdfe531c0a35e925"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" RENAME TO "temporary_audit_entry"`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" bigint NOT NULL, "meetingId" integer, "actorRole" varchar(12) NOT NULL, "actorId" integer NOT NULL, "action" varchar(64) NOT NULL, "beforeVersion" integer, "afterVersion" integer, "detail" text)`);
        await queryRunner.query(`INSERT INTO "audit_entry"("id", "at", "meetingId", "actorRole", "actorId", "action", "beforeVersion", "afterVersion", "detail") SELECT "id", "at", "meetingId", "actorRole", "actorId", "action", "beforeVersion", "afterVersion", "detail" FROM "temporary_audit_entry"`);
        await queryRunner.query(`DROP TABLE "temporary_audit_entry"`);
        await queryRunner.query(`CREATE INDEX "IDX_c698a392b1cdfe531c0a35e925" ON "audit_entry" ("meetingId") `);
    }

}
