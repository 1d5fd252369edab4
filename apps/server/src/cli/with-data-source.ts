import { DataSource } from 'typeorm';
import { databaseConfigFrom, readEnvironment } from '../config';
import { createDataSource } from '../database/data-source';

/** Opens the configured database for one command and closes it afterwards. */
export async function withDataSource<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource(databaseConfigFrom(readEnvironment(process.env)));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
