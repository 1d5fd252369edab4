import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { linksConfig } from '../../config/links.config';
import { Links } from './links';

@Module({
  imports: [ConfigModule.forFeature(linksConfig)],
  providers: [Links],
  exports: [Links],
})
export class LinksModule {}
