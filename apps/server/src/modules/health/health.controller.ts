import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Response } from 'express';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Whether the database and Redis answer' })
  @ApiServiceUnavailableResponse({ description: 'One or more components are down; the body says which' })
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1_500 }),
        () => this.redis.isHealthy('redis'),
      ]);
    } catch (error) {
      // A component down is a health report in terminus's shape, not an error answer.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(error.getStatus());
      return error.getResponse();
    }
  }
}
