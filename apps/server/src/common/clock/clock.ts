import { Injectable } from '@nestjs/common';

/** The one place regflow reads the time; tests replace it with a fixed clock. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
