import { MigrationInterface, QueryRunner } from 'typeorm';

export class WriteLocks1763800000000 implements MigrationInterface {
  name = 'WriteLocks1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "write_locks" ("name" varchar(64) NOT NULL, "version" integer NOT NULL DEFAULT 0, CONSTRAINT "pk_write_locks" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(`INSERT INTO "write_locks" ("name", "version") VALUES ('database', 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "write_locks"`);
  }
}
