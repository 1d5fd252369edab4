import { applyDecorators, INestApplication } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiQuery, ApiResponse, ApiSchema, DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_STATUSES, ErrorCode, ErrorResponse, ErrorStatus, FieldProblem } from '@regflow/contracts';
import { MAX_PAGE } from '../common/pagination/list-query';
import { JSON_BODY_LIMIT, JSON_BODY_MAX_DEPTH } from './json-body';

/** The error statuses an operation may document (5xx are never an answer to the caller's input). */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

const ERROR_MEANINGS: Record<ApiErrorStatus, string> = {
  400: `bad input: \`code\` says which check failed and \`message\` what to fix (invalid-input lists each field in \`fields\`; a body nesting more than ${JSON_BODY_MAX_DEPTH} deep is body-too-deep)`,
  401: 'not signed in, or the session has ended: sign in with POST /api/auth/login',
  403: 'signed in without a role this needs, or a registrar acting outside their own diary',
  404: 'nothing has that id or reference',
  409: 'conflicts with the records as they are now: the message says which',
  413: `the body is larger than ${JSON_BODY_LIMIT}`,
  415: 'the body is not JSON in UTF-8: send Content-Type: application/json',
  422: 'idempotency-key-reused: the Idempotency-Key came before with a different body; nothing of the first is revealed',
  429: 'too many requests from this address: wait a minute, then try again',
};

const STATUSES = [...new Set(Object.values(ERROR_STATUSES))].sort() as ErrorStatus[];
const CODES = Object.keys(ERROR_STATUSES) as ErrorCode[];

@ApiSchema({ name: 'FieldProblem' })
class FieldProblemBody implements FieldProblem {
  @ApiProperty({ example: 'resident.email' })
  field: string;

  @ApiProperty({ type: [String], example: ['resident.email must be an email address, like name@example.org'] })
  problems: string[];
}

/** `ErrorResponse` of @regflow/contracts, as the OpenAPI document describes it. */
@ApiSchema({ name: 'ErrorResponse', description: 'Every error answer of the API; ERROR_STATUSES in @regflow/contracts gives each code its one status' })
export class ErrorResponseBody implements ErrorResponse {
  @ApiProperty({ enum: STATUSES, example: 400 })
  statusCode: ErrorStatus;

  @ApiProperty({ enum: CODES, example: 'invalid-input' })
  code: ErrorCode;

  @ApiProperty({ description: 'what went wrong and what to do', example: 'resident.email must be an email address, like name@example.org' })
  message: string;

  @ApiPropertyOptional({ type: [FieldProblemBody], description: 'with invalid-input: each field and everything wrong with it' })
  fields?: FieldProblemBody[];
}

function errorResponse(status: ApiErrorStatus, description: string): MethodDecorator & ClassDecorator {
  return ApiResponse({ status, description, content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseBody) } } } });
}

/** Documents error answers in the `ErrorResponse` shape, each with what the status means here. */
export function ApiErrors(...statuses: ApiErrorStatus[]) {
  return applyDecorators(ApiExtraModels(ErrorResponseBody), ...statuses.map((status) => errorResponse(status, ERROR_MEANINGS[status])));
}

/** One error answer with a description of its own. */
export function ApiError(status: ApiErrorStatus, description: string) {
  return applyDecorators(ApiExtraModels(ErrorResponseBody), errorResponse(status, description));
}

/** A list in react-admin's simple-rest convention (common/pagination): `sort`, `range`, `filter`, Content-Range. */
export function ApiListQuery(sortable: readonly string[], filterable: readonly string[]) {
  const json = (example: string) => ({ type: 'string', example });
  return applyDecorators(
    ApiQuery({ name: 'sort', required: false, schema: json(`["${sortable[0]}","ASC"]`), description: `JSON ["<field>","ASC" or "DESC"]; fields: ${sortable.join(', ')}` }),
    ApiQuery({ name: 'range', required: false, schema: json('[0,24]'), description: `JSON [first,last]: rows first to last (from 0), at most ${MAX_PAGE}; [0,24] by default` }),
    ApiQuery({
      name: 'filter',
      required: false,
      schema: json('{}'),
      description: filterable.length > 0 ? `JSON object; keys: ${filterable.join(', ')}` : 'JSON object; nothing is filterable here: {}',
    }),
    ApiOkResponse({
      description: 'one page of rows',
      headers: { 'Content-Range': { description: '<resource> <first>-<last>/<total>', schema: { type: 'string', example: 'sessions 0-24/312' } } },
    }),
    ApiError(400, 'a sort, range or filter that is not JSON or names a field this list has not (invalid-sort, invalid-range, invalid-filter)'),
  );
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** An operation listing a scheme twice (set on its controller and on itself) lists it once. */
function withoutRepeatedSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation?.security) continue;
      const unique = new Map(operation.security.map((requirement) => [JSON.stringify(requirement), requirement]));
      operation.security = [...unique.values()];
    }
  }
  return document;
}

/** The OpenAPI document of the API at /api/docs, with both ways a member of staff sends their session. */
export function apiDocument(app: INestApplication, sessionCookie: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('regflow API')
    .setDescription('Appointments, workflow and compliance for a registration service. Every error answers { statusCode, code, message }.')
    .setVersion('0.1.0')
    .addCookieAuth(sessionCookie, { type: 'apiKey', in: 'cookie', description: 'set by POST /api/auth/login' }, sessionCookie)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: `the session token (the ${sessionCookie} cookie's value) as Authorization: Bearer <token>` }, 'bearer')
    .build();
  return withoutRepeatedSecurity(SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponseBody] }));
}
