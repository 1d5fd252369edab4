import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { migrationColumns } from '../migration-columns';

/**
 * Each registrar's diary lock gets a table of the diaries' own (it was a column of `staff_users`,
 * which the staff module owns): a row per registrar, made by the first change to their diary.
 */
export class DiaryLocks1764400000000 implements MigrationInterface {
  name = 'DiaryLocks1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "diary_locks" ("registrar_id" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT 0, CONSTRAINT "pk_diary_locks" PRIMARY KEY ("registrar_id"))`,
    );
    await queryRunner.query(`INSERT INTO "diary_locks" ("registrar_id", "version") SELECT "id", "diary_version" FROM "staff_users"`);
    await queryRunner.dropColumn('staff_users', 'diary_version');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const c = migrationColumns(queryRunner);
    await queryRunner.addColumn('staff_users', new TableColumn(c.integer('diary_version', 0)));
    await queryRunner.query(`UPDATE "staff_users" SET "diary_version" = COALESCE((SELECT "version" FROM "diary_locks" WHERE "registrar_id" = "staff_users"."id"), 0)`);
    await queryRunner.query(`DROP TABLE "diary_locks"`);
  }
}
