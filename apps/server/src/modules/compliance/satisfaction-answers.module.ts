import { Module } from '@nestjs/common';
import { SatisfactionAnswers } from './satisfaction-answers';

/** Residents' satisfaction answers, for scheduling to record them and the scorecard to count them. */
@Module({ providers: [SatisfactionAnswers], exports: [SatisfactionAnswers] })
export class SatisfactionAnswersModule {}
