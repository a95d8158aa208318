import { MigrationInterface, QueryRunner } from "typeorm";

export class SignInAttempts1795700018010 implements MigrationInterface {
    name = 'SignInAttempts1795700018010'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sign_in_attempts" ("counter" varchar(32) NOT NULL, "key" varchar(200) NOT NULL, "record" text NOT NULL, "expiresAt" bigint NOT NULL, PRIMARY KEY ("counter", "key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4f91b848f62bb39fe9b1585ab7" ON "sign_in_attempts" ("expiresAt") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_4f91b848f62bb39fe9b1585ab7"`);
        await queryRunner.query(`DROP TABLE "sign_in_attempts"`);
    }

}
