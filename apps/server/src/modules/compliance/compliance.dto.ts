import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { BENCHMARK_AREAS, BenchmarkArea } from './benchmark.entity';
import { CommentaryEntity } from './commentary.entity';

const TEXT_LIMIT = 4000;

/** The scorecard's three text columns for one indicator and period; null clears one. */
export class CommentaryDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_LIMIT })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(TEXT_LIMIT, { message: `performanceDetails must be ${TEXT_LIMIT} characters or fewer` })
  performanceDetails?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_LIMIT })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(TEXT_LIMIT, { message: `currentActivity must be ${TEXT_LIMIT} characters or fewer` })
  currentActivity?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: TEXT_LIMIT })
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

const COUNT = (field: string) => `${field} must be a whole number, 0 or more`;

/** A survey's answers: how many rated the service very good, how many good, of how many. */
export class SurveyDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 93 })
  @IsInt({ message: COUNT('veryGood') })
  @Min(0, { message: COUNT('veryGood') })
  veryGood: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 7 })
  @IsInt({ message: COUNT('good') })
  @Min(0, { message: COUNT('good') })
  good: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 100 })
  @IsInt({ message: 'total must be a whole number, 1 or more' })
  @Min(1, { message: 'total must be a whole number, 1 or more' })
  total: number;
}

export class BenchmarkDto {
  @ApiProperty({ example: 'deaths-registered-5d', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  indicator: string;

  @ApiProperty({ example: '2021-12', maxLength: 10, description: 'a month 2021-12, a financial-year quarter 2021-Q3 or a financial year 2021/22' })
  @IsString()
  @MaxLength(10)
  period: string;

  @ApiProperty({ enum: BENCHMARK_AREAS })
  @IsIn(BENCHMARK_AREAS, { message: `area must be one of ${BENCHMARK_AREAS.join(', ')}` })
  area: BenchmarkArea;

  @ApiProperty({ example: 60.9, minimum: 0, maximum: 100, description: 'a percentage, to one decimal place' })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'value must be a percentage with at most one decimal place, e.g. 60.9' })
  @Min(0, { message: 'value must be from 0 to 100' })
  @Max(100, { message: 'value must be from 0 to 100' })
  value: number;
}

const PERCENT = (field: string) => `${field} must be a percentage from 0 to 100, at most one decimal place`;

export class TargetDto {
  @ApiProperty({ example: 95, minimum: 0, maximum: 100, description: 'a percentage, to one decimal place' })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: PERCENT('target') })
  @Min(0, { message: PERCENT('target') })
  @Max(100, { message: PERCENT('target') })
  target: number;

  @ApiProperty({ example: 90, minimum: 0, maximum: 100, description: 'a percentage, to one decimal place: Amber from here up to the target; Red below' })
  @IsNumber({ maxDecimalPlaces: 1 }, { message: PERCENT('amberFrom') })
  @Min(0, { message: PERCENT('amberFrom') })
  @Max(100, { message: PERCENT('amberFrom') })
  amberFrom: number;
}

export interface TargetResponse {
  readonly indicator: string;
  readonly target: number;
  readonly amberFrom: number;
  /** False while DOMAIN.md's default applies. */
  readonly changed: boolean;
}
