import { Module, RequestMethod } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { runtimeConfig } from '../../config/runtime.config';

/** Requests are logged by method, path and status only: no query strings, bodies or headers (personal data). */
function requestSummary(request: IncomingMessage & { id?: unknown }) {
  return { id: request.id, method: request.method, path: (request.url ?? '').split('?')[0] };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [runtimeConfig.KEY],
      useFactory: (runtime: ConfigType<typeof runtimeConfig>) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: runtime.logLevel,
          autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
          // A refused request is the caller's to fix: a warning, never an error with a stack.
          customLogLevel: (_request: IncomingMessage, response: { statusCode: number }, error?: Error) =>
            error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
          serializers: {
            req: requestSummary,
            res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
