import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditActionLength1795626413310 implements MigrationInterface {
    name = 'AuditActionLength1795626413310'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Edited from the generated DROP/ADD: widening in place keeps the audit rows.
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "action" TYPE character varying(200)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "action" TYPE character varying(64)`);
    }

}
