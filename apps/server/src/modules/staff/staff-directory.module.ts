import { Module } from '@nestjs/common';
import { StaffDirectory } from './staff-directory.service';

/** The staff as other modules read them, with no controllers: for the API, sign-in and the worker alike. */
@Module({ providers: [StaffDirectory], exports: [StaffDirectory] })
export class StaffDirectoryModule {}
