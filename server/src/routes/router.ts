// Mounts the route table on an Express router: validate path, query and body with the operation's
// schemas (a bad field is a 400 naming it), run it, send its answer. Routes hold no Cypher.
import { type RequestHandler, Router } from 'express';
import type { Context } from '../operations/operation.ts';
import type { Route } from '../routes.ts';
import { validate } from './validate.ts';

export function apiRouter(routes: Route[], ctx: Context, limiters: Record<NonNullable<Route['rateLimited']>, RequestHandler>): Router {
  const router = Router();
  for (const { method, path, operation: op, rateLimited } of routes) {
    const handler: RequestHandler = async (req, res) => {
      const input = {
        ...(op.params ? validate(op.params, req.params, 'path') : {}),
        ...(op.query ? validate(op.query, req.query, 'query') : {}),
        ...(op.body ? validate(op.body, req.body, 'body') : {}),
      };
      let output: unknown;
      try {
        output = await op.run(ctx, input);
      } catch (err) {
        if (!op.failure) throw err;
        const { status, body } = op.failure(err);
        return void res.status(status).json(body);
      }
      if (op.respond) op.respond(res, output);
      else res.json(output);
    };
    if (rateLimited) router[method](path, limiters[rateLimited], handler);
    else router[method](path, handler);
  }
  return router;
}
