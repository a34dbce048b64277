// The OpenAPI document, generated from the route table: each operation's path, query and body schemas
// and the contract's schema of its answer. Nothing here is written by hand but the error meanings.
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { ErrorBodySchema } from '../../model/index.ts';
import type { Route } from './routes.ts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

function operationObject({ operation: op, rateLimited }: Route): ZodOpenApiOperationObject {
  const content = Object.fromEntries((op.produces ?? ['application/json']).map((type) => [type, { schema: op.output }]));
  const errors: Record<string, string> = {
    400: 'invalid input; `error` names the parameter',
    ...(rateLimited ? { 429: 'too many queries from this client' } : {}),
    ...op.errors,
    503: ['the graph database is unavailable', op.errors?.[503]].filter(Boolean).join('; or '),
  };
  return {
    summary: op.summary,
    ...(op.params || op.query ? { requestParams: { ...(op.params ? { path: op.params } : {}), ...(op.query ? { query: op.query } : {}) } } : {}),
    ...(op.body ? { requestBody: { content: { 'application/json': { schema: op.body } } } } : {}),
    responses: {
      200: { description: 'OK', content },
      ...Object.fromEntries(Object.entries(errors).map(([status, meaning]) => [status, json(ErrorBodySchema, meaning)])),
    },
  } as ZodOpenApiOperationObject;
}

const cache = new WeakMap<Route[], object>();

export function openApiDocument(routes: Route[]): object {
  let doc = cache.get(routes);
  if (doc) return doc;
  const paths: ZodOpenApiPathsObject = {
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json(z.looseObject({ openapi: z.string() }), 'OK') } } },
  };
  for (const route of routes) {
    const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
    paths[path] = { ...paths[path], [route.method]: operationObject(route) };
  }
  doc = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Shizhong knowledge-graph explorer API',
      version: '0.2.0',
      description: 'Entities and facts from Chinese news articles about 济南市市中区, each tied to its source sentence.',
    },
    paths,
  });
  cache.set(routes, doc);
  return doc;
}
