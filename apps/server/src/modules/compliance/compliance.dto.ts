import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { CommentaryEntity } from './commentary.entity';

const TEXT_LIMIT = 4000;

/** The scorecard's three text columns for one indicator and period; null clears one. */
export class CommentaryDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(TEXT_LIMIT, { message: `performanceDetails must be ${TEXT_LIMIT} characters or fewer` })
  performanceDetails?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(TEXT_LIMIT, { message: `currentActivity must be ${TEXT_LIMIT} characters or fewer` })
  currentActivity?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(TEXT_LIMIT, { message: `futureActivity must be ${TEXT_LIMIT} characters or fewer` })
  futureActivity?: string | null;
}

export interface CommentaryResponse {
  readonly period: string;
  readonly indicator: string;
  readonly performanceDetails: string | null;
  readonly currentActivity: string | null;
  readonly futureActivity: string | null;
  readonly updatedAt: string;
}

export function toCommentaryResponse(saved: CommentaryEntity): CommentaryResponse {
  const { period, indicator, performanceDetails, currentActivity, futureActivity } = saved;
  return { period, indicator, performanceDetails, currentActivity, futureActivity, updatedAt: saved.updatedAt.toISOString() };
}
