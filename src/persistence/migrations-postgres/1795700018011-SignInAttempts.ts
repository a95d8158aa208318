import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInAttempts1795700018011 implements MigrationInterface {
    name = 'SignInAttempts1795700018011'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sign_in_attempts" ("counter" character varying(32) NOT NULL, "key" character varying(200) NOT NULL, "record" text NOT NULL, "expiresAt" bigint NOT NULL, CONSTRAINT "PK_02d54b0cd47b7b4df5214937af6" PRIMARY KEY ("counter", "key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4f91b848f62bb39fe9b1585ab7" ON "sign_in_attempts" ("expiresAt") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_4f91b848f62bb39fe9b1585ab7"`);
        await queryRunner.query(`DROP TABLE "sign_in_attempts"`);
    }

}
