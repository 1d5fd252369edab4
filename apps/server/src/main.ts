import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { httpConfig, readEnvironment, workerInProcess } from './config';
import { ADMIN_PATH, API_PREFIX, configureHttp } from './http/configure-http';

async function bootstrap(): Promise<void> {
  const runsWorker = workerInProcess(readEnvironment(process.env));
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register({ workerInProcess: runsWorker }),
    { bufferLogs: true },
  );
  const logger = app.get(Logger);
  app.useLogger(logger);
  configureHttp(app);

  const migrations = await app.get(DataSource).runMigrations({ transaction: 'each' });
  if (migrations.length > 0) logger.log(`applied ${migrations.length} database migration(s)`, 'Database');

  const http = app.get<ConfigType<typeof httpConfig>>(httpConfig.KEY);
  await app.listen(http.port, http.host);
  const base = `http://${http.host}:${http.port}`;
  logger.log(
    `regflow is listening: booking ${base}/, admin ${base}${ADMIN_PATH}/, API ${base}/${API_PREFIX}, docs ${base}/${API_PREFIX}/docs; worker ${runsWorker ? 'in this process' : 'separate (npm run worker)'}`,
    'Http',
  );
}

bootstrap().catch((error: Error) => {
  console.error(`regflow could not start: ${error.message}`);
  process.exit(1);
});
