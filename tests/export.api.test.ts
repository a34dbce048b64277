// POST /api/export against the seeded graph: every format downloads with its content type and file
// name and parses back to the same subgraph as the JSON export; evidence is complete; bad requests
// are 400 with a message that says what is wrong.
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId, INTERNAL_PROPERTIES } from '../model/storage/index.ts';
import { EXPORT_ELEMENT_CAP } from '../model/index.ts';
import type { ExportDocument } from '../model/index.ts';
import { exportSubgraph } from '../server/src/operations/export-subgraph.ts';
import { createDb } from '../server/src/store/db.ts';
import { startTestServer, type TestServer } from './support/http.ts';
import { sharedDriver } from './support/neo4j.ts';
import { parseXml, schemaErrors } from './support/export-formats.ts';

const HOTEL = entityId('济南宾馆项目');
const DISTRICT = entityId('市中区');
const TODAY = () => new Date().toISOString().slice(0, 10);

describe('POST /api/export on the seeded graph', () => {
  const driver = sharedDriver();
  let api: TestServer;
  let reference: any; // the JSON export of the neighbourhood: what every other format must hold
  const neighborhood = { id: HOTEL, depth: 1 };

  const download = async (body: unknown) => {
    const res = await api.post<ExportDocument>('/api/export', body);
    return { ...res, bytes: Buffer.from(await res.raw.arrayBuffer()) };
  };

  beforeAll(async () => {
    api = await startTestServer(driver);
    const res = await download({ format: 'json', neighborhood });
    expect(res.status).toBe(200);
    reference = res.body;
  });
  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('json: our graph shape with meta, the centre and its neighbours, and evidence on every curated element', () => {
    expect(reference.meta.source).toEqual({ neighborhood });
    expect(reference.meta.counts.nodes).toBe(reference.nodes.length);
    expect(reference.nodes.length).toBeGreaterThan(1);
    expect(reference.nodes.map((n: any) => n.id)).toContain(HOTEL);
    const hotel = reference.nodes.find((n: any) => n.id === HOTEL);
    expect(hotel).toMatchObject({ name: '济南宾馆项目', labels: ['Project'] });
    // every public property, including what the view payload strips; never the internal ones (search keys, canvas cache)
    expect(hotel).toHaveProperty('aliases');
    // its figures travel as stored: Figure nodes linked by HAS_FIGURE, each with its value, unit, period, year and sentence
    const figureLinks = reference.edges.filter((e: any) => e.type === 'HAS_FIGURE' && e.source === HOTEL);
    expect(figureLinks.length).toBeGreaterThan(0);
    const figure = reference.nodes.find((n: any) => n.id === figureLinks[0].target);
    expect(figure).toMatchObject({ labels: ['Figure'], kind: expect.any(String), text: expect.any(String), unit: expect.any(String), period: expect.any(String), article: expect.any(String), start: expect.any(Number), end: expect.any(Number), quote: expect.any(String) });
    expect(figure.name).toBe(figure.text);
    for (const internal of INTERNAL_PROPERTIES) expect(hotel).not.toHaveProperty(internal);
    expect(hotel.evidence.length).toBeGreaterThan(0);
    expect(hotel.evidence[0]).toEqual({ article: expect.any(String), start: expect.any(Number), end: expect.any(Number), quote: expect.any(String), year: expect.any(Number) });
    // facts carry evidence records; a figure link's sentence is on its Figure node (article, start, end, quote)
    expect(reference.edges.filter((e: any) => e.type !== 'HAS_FIGURE').every((e: any) => e.evidence.length > 0)).toBe(true);
    expect(Object.keys(hotel).some((k) => k.startsWith('ev_'))).toBe(false);
  });

  it('names the download shizhong-subgraph-<date>.<ext> with the format\'s content type', async () => {
    const expected: Record<string, [RegExp, string]> = {
      json: [/^application\/json/, 'json'],
      cyjs: [/^application\/json/, 'cyjs'],
      csv: [/^application\/zip/, 'csv.zip'],
      graphml: [/^application\/graphml\+xml/, 'graphml'],
      gexf: [/^application\/gexf\+xml/, 'gexf'],
      cypher: [/^application\/x-cypher-query/, 'cypher'],
    };
    for (const [format, [type, ext]] of Object.entries(expected)) {
      const res = await download({ format, neighborhood });
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type'), format).toMatch(type);
      expect(res.headers.get('content-disposition'), format).toMatch(new RegExp(`^attachment; filename="?shizhong-subgraph-${TODAY()}\\.${ext.replace('.', '\\.')}"?$`));
    }
  });

  it('cyjs opens in Cytoscape.js with the same elements', async () => {
    const res = await download({ format: 'cyjs', neighborhood });
    const cy = cytoscape({ headless: true });
    cy.json(JSON.parse(res.bytes.toString('utf8')));
    expect(cy.nodes().map((n) => n.data())).toEqual(reference.nodes);
    expect(cy.edges().map((e) => e.data())).toEqual(reference.edges);
    cy.destroy();
  });

  it('csv zip reads back to the same ids, names and evidence', async () => {
    const zip = await JSZip.loadAsync((await download({ format: 'csv', neighborhood })).bytes);
    const table = async (name: string) => parse(await zip.file(name)!.async('nodebuffer'), { bom: true, columns: true }) as Record<string, string>[];
    const nodes = await table('nodes.csv');
    expect(nodes.map((n) => [n.id, n.name, n.labels])).toEqual(reference.nodes.map((n: any) => [n.id, n.name, n.labels.join(';')]));
    expect((await table('edges.csv')).map((e) => [e.id, e.type, e.source, e.target])).toEqual(reference.edges.map((e: any) => [e.id, e.type, e.source, e.target]));
    const evidence = await table('evidence.csv');
    expect(evidence.length).toBe(reference.meta.counts.evidence);
    expect(evidence.filter((r) => r.element_id === HOTEL).map((r) => r.quote)).toEqual(reference.nodes.find((n: any) => n.id === HOTEL).evidence.map((e: any) => e.quote));
  });

  it('graphml and gexf are schema-valid and hold the same nodes and edges', async () => {
    const graphml = (await download({ format: 'graphml', neighborhood })).bytes.toString('utf8');
    expect(await schemaErrors(graphml, 'graphml.xsd')).toEqual([]);
    const g = parseXml(graphml, ['key', 'node', 'edge', 'data']).graphml.graph;
    expect(g.node.map((n: any) => n['@id'])).toEqual(reference.nodes.map((n: any) => n.id));
    expect(g.edge.map((e: any) => [e['@id'], e['@source'], e['@target']])).toEqual(reference.edges.map((e: any) => [e.id, e.source, e.target]));

    const gexf = (await download({ format: 'gexf', neighborhood })).bytes.toString('utf8');
    expect(await schemaErrors(gexf, 'gexf-1.3.xsd')).toEqual([]);
    const x = parseXml(gexf, ['attributes', 'attribute', 'node', 'edge', 'attvalue']).gexf.graph;
    expect(x.nodes.node.map((n: any) => [n['@id'], n['@label']])).toEqual(reference.nodes.map((n: any) => [n.id, n.name]));
    expect(x.edges.edge.map((e: any) => [e['@id'], e['@kind']])).toEqual(reference.edges.map((e: any) => [e.id, e.type]));
  });

  it('keeps evidence that points into the article text, and derives a stable id for mention links', async () => {
    const hotel = reference.nodes.find((n: any) => n.id === HOTEL);
    const file = hotel.evidence[0].article as string; // evidence names the article file; the node's id is its stem
    const article = file.replace(/\.txt$/, '');
    const res = await download({ format: 'json', selection: { nodeIds: [HOTEL, article] } });
    expect(res.status).toBe(200);
    const text = res.body.nodes.find((n: any) => n.id === article)!.text as string;
    for (const ev of res.body.nodes.find((n: any) => n.id === HOTEL)!.evidence.filter((e: any) => e.article === file))
      expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(res.body.edges).toContainEqual(expect.objectContaining({ id: `MENTIONED_IN:${HOTEL}:${article}`, type: 'MENTIONED_IN', source: HOTEL, target: article }));
  });

  it('a selection with edge ids holds exactly those edges and their endpoints', async () => {
    const edge = reference.edges.find((e: any) => e.type !== 'HAS_FIGURE');
    const res = await download({ format: 'json', selection: { edgeIds: [edge.id] } });
    expect(res.status).toBe(200);
    expect(res.body.edges.map((e: any) => e.id)).toEqual([edge.id]);
    expect(res.body.nodes.map((n: any) => n.id).sort()).toEqual([...new Set([edge.source, edge.target])].sort());
  });

  it('leaves evidence out with includeEvidence: false', async () => {
    const res = await download({ format: 'json', neighborhood, includeEvidence: false });
    expect(res.body.meta.counts.evidence).toBe(0);
    expect(res.body.nodes.every((n: any) => !('evidence' in n) && !('ev_quote' in n))).toBe(true);
  });

  it('exports what a read-only Cypher query returns, refetched with full evidence', async () => {
    const cypher = { query: 'MATCH (a:Entity {id: $id})-[r]->(b:Entity) RETURN a, r, b', params: { id: HOTEL } };
    const res = await download({ format: 'json', cypher });
    expect(res.status).toBe(200);
    expect(res.body.meta.source).toEqual({ cypher });
    expect(res.body.edges.length).toBeGreaterThan(0);
    expect(res.body.edges.every((e: any) => e.source === HOTEL && e.evidence.length > 0 && e.evidence.every((ev: any) => ev.quote))).toBe(true);
  });

  it('refuses a Cypher query that writes, like the console does', async () => {
    const res = await download({ format: 'json', cypher: { query: "CREATE (n:Entity {id: 'x'}) RETURN n" } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/read-only/);
  });

  describe('bad requests are 400 with a clear message', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['an unknown format', { format: 'pdf', neighborhood }, /unknown format "pdf"; expected one of json, cyjs, csv, graphml, gexf, cypher/],
      ['no source', { format: 'json' }, /give exactly one of selection, neighborhood, cypher \(got none\)/],
      ['two sources', { format: 'json', neighborhood, selection: { nodeIds: [HOTEL] } }, /got neighborhood and selection|got selection and neighborhood/],
      ['an empty selection', { format: 'json', selection: { nodeIds: [] } }, /the selection is empty/],
      ['unknown node ids', { format: 'json', selection: { nodeIds: [HOTEL, 'e-nope', 'e-nada'] } }, /unknown node ids "e-nope", "e-nada"/],
      ['unknown edge ids', { format: 'json', selection: { nodeIds: [HOTEL], edgeIds: ['r-nope'] } }, /unknown edge id "r-nope"/],
      ['an unknown neighbourhood centre', { format: 'json', neighborhood: { id: 'e-nope', depth: 1 } }, /unknown entity id "e-nope"/],
      ['a depth over 3', { format: 'json', neighborhood: { id: HOTEL, depth: 4 } }, /neighborhood.depth.*1 to 3/],
      ['more ids than the cap', { format: 'json', selection: { nodeIds: Array.from({ length: EXPORT_ELEMENT_CAP + 1 }, (_, i) => `e-${i}`) } }, /over the export cap of 5000/],
      ['a query that returns no graph', { format: 'json', cypher: { query: 'RETURN 1 AS x' } }, /returned no nodes or relationships/],
    ];
    for (const [what, body, message] of cases)
      it(`refuses ${what}`, async () => {
        const res = await download(body);
        expect(res.status).toBe(400);
        expect(res.body.error).toMatch(message);
      });
  });

  it('refuses (400) a neighbourhood that grows over the cap instead of cutting it short', async () => {
    // depth 3 around 市中区 reaches most of the graph; a small cap stands in for the real one
    await expect(exportSubgraph(createDb(driver), { neighborhood: { id: DISTRICT, depth: 3 } }, { includeEvidence: true, cap: 10 })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/more than 10 nodes, over the export cap; choose a smaller depth/),
    });
  });
});

describe('exports whose source is a query share the Cypher console\'s rate limit', () => {
  it('answers 429 once a client has spent its Cypher budget, whichever endpoint spent it', async () => {
    const driver = sharedDriver();
    const api = await startTestServer(driver, { cypher: { rateLimit: { windowMs: 60_000, limit: 2 } } });
    const queryExport = { format: 'json', cypher: { query: `MATCH (n:Entity {id: '${HOTEL}'}) RETURN n` } };
    try {
      expect((await api.post('/api/cypher', { query: 'RETURN 1 AS one' })).status).toBe(200);
      expect((await api.post('/api/export', queryExport)).status).toBe(200);
      const res = await api.post('/api/export', queryExport);
      expect(res.status).toBe(429);
      expect(res.body.error).toMatch(/too many Cypher queries/);
    } finally {
      await api.close();
      await driver.close();
    }
  });
});
