// POST /api/export: a subgraph (selection, neighbourhood or Cypher query) as a downloadable file.
import { type RequestHandler, Router } from 'express';
import { ExportRequestSchema, performExport } from '../export/request.ts';
import type { GraphStore } from '../store/port.ts';
import { validate } from './validate.ts';

export function exportRouter(store: GraphStore, limiter: RequestHandler): Router {
  const router = Router();
  router.post('/export', limiter, async (req, res) => {
    const file = await performExport(store, validate(ExportRequestSchema, req.body, 'body'));
    res.attachment(file.fileName).type(file.contentType).send(file.body);
  });
  return router;
}
