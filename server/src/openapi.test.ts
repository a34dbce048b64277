// The OpenAPI document is generated from the route table: every route is in it, with its parameters,
// its body and a schema for its 2xx answer, and the same path parameters the router reads.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.ts';
import { ROUTES } from './routes.ts';

type Doc = { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; requestBody?: unknown; responses: Record<string, { content?: Record<string, { schema?: object }> }> }>> };
const doc = openApiDocument(ROUTES) as Doc;

describe('the OpenAPI document', () => {
  it.each(ROUTES.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('describes %s with a schema for its 2xx answer', (_name, route) => {
    const op = doc.paths[`/api${route.path.replace(/:(\w+)/g, '{$1}')}`]?.[route.method];
    expect(op).toBeDefined();
    const ok = op.responses['200'];
    const schemas = Object.values(ok.content ?? {}).map((c) => c.schema);
    expect(schemas.length).toBeGreaterThan(0);
    for (const s of schemas) expect(s && Object.keys(s).length).toBeGreaterThan(0);
    for (const [, name] of route.path.matchAll(/:(\w+)/g)) expect(op.parameters).toContainEqual(expect.objectContaining({ name, in: 'path' }));
    if (route.operation.body) expect(op.requestBody).toBeDefined();
    expect(op.responses['400']).toBeDefined();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(openApiDocument(ROUTES) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('names the contract\'s shapes as reusable components', () => {
    const components = (openApiDocument(ROUTES) as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {};
    for (const name of ['CanvasNode', 'CanvasEdge', 'GraphPayload', 'Evidence', 'NodeDetails', 'EdgeDetails', 'SearchResult', 'CypherResult', 'Error'])
      expect(Object.keys(components)).toContain(name);
  });
});
