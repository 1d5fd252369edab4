import { Injectable } from '@nestjs/common';
import { CivilDate, serviceDay } from '@regflow/calendar';
import { AppointmentTypeCode, SATISFACTION_RATINGS, SatisfactionRating } from '@regflow/contracts';
import { OnlineRatings, SATISFACTION_COMMENT_LENGTH } from '@regflow/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { isUniquenessClash } from '../../common/errors/constraint-violation';
import { SatisfactionAnswerEntity } from './satisfaction-answer.entity';

export const satisfactionErrors = {
  notOpen: () => new AppError('satisfaction-not-open', 'this appointment is not open for your rating: you may answer once, after your appointment'),
  invalidAnswer: (problem: string) => new AppError('invalid-input', problem),
};

export interface SatisfactionAnswer {
  readonly appointmentId: string;
  readonly typeCode: AppointmentTypeCode;
  readonly rating: SatisfactionRating;
  /** Blank counts as none. */
  readonly comment?: string | null;
  readonly at: Date;
}

/**
 * Residents' answers to the satisfaction question, one per appointment, in the caller's unit of
 * work. Whoever records one has checked that the appointment was open to it; this keeps it to one.
 */
@Injectable()
export class SatisfactionAnswers {
  /** Refuses a second answer for the same appointment with `satisfaction-not-open`. */
  async record(manager: EntityManager, answer: SatisfactionAnswer): Promise<void> {
    if (!SATISFACTION_RATINGS.includes(answer.rating)) throw satisfactionErrors.invalidAnswer(`rating must be one of ${SATISFACTION_RATINGS.join(', ')}`);
    const comment = answer.comment?.trim() || null;
    if (comment && comment.length > SATISFACTION_COMMENT_LENGTH) {
      throw satisfactionErrors.invalidAnswer(`comment must be ${SATISFACTION_COMMENT_LENGTH} characters or fewer`);
    }
    if (await this.isAnswered(manager, answer.appointmentId)) throw satisfactionErrors.notOpen();
    try {
      await manager.insert(SatisfactionAnswerEntity, {
        id: randomUUID(),
        appointmentId: answer.appointmentId,
        typeCode: answer.typeCode,
        rating: answer.rating,
        comment,
        serviceDay: serviceDay(answer.at),
        answeredAt: answer.at,
      });
    } catch (error) {
      // The same resident's answer submitted twice at once: the unique appointment_id keeps one.
      throw isUniquenessClash(error) ? satisfactionErrors.notOpen() : error;
    }
  }

  async isAnswered(manager: EntityManager, appointmentId: string): Promise<boolean> {
    return (await manager.countBy(SatisfactionAnswerEntity, { appointmentId })) > 0;
  }

  /** How many gave each rating on the London days `from` to `to`, both included. */
  async ratingsBetween(manager: EntityManager, from: CivilDate, to: CivilDate): Promise<OnlineRatings> {
    const rows: { rating: SatisfactionRating; answers: number | string }[] = await manager
      .createQueryBuilder(SatisfactionAnswerEntity, 'answer')
      .select('answer.rating', 'rating')
      .addSelect('COUNT(*)', 'answers')
      .where('answer.serviceDay BETWEEN :from AND :to', { from, to })
      .groupBy('answer.rating')
      .getRawMany();
    return Object.fromEntries(rows.map((row) => [row.rating, Number(row.answers)]));
  }
}
