import { MigrationInterface, QueryRunner } from 'typeorm';

/** How many times staff had a message sent again: each resend goes under a job id (and email Message-ID) of its own. */
export class MessageResends1790000000002 implements MigrationInterface {
  name = 'MessageResends1790000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "resends" integer NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "resends"`);
  }
}
