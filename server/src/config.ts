// Configuration, read once from the environment and validated at start-up. A bad value stops the
// boot with a message that names the variable.
import { z } from 'zod';
import { DEFAULT_TX_LOG_RETENTION, TX_LOG_RETENTION } from '../../neo4j-launcher/index.ts';

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_NEO4J_HOME = '.data/neo4j';
export const DEFAULT_QUERY_TIMEOUT_MS = 5000;
export const DEFAULT_ROW_CAP = 1000;
export const DEFAULT_GRAPH_CAP = 2000;
// The embedded Neo4j's memory (MiB): a query is stopped by the transaction limits long before the
// heap runs out. Only for the embedded launcher; a NEO4J_URI server has its own settings.
export const DEFAULT_NEO4J_HEAP_MB = 1024;
export const DEFAULT_NEO4J_PAGECACHE_MB = 256;
export const DEFAULT_NEO4J_TX_MEMORY_TOTAL_MB = 512;
export const DEFAULT_NEO4J_TX_MEMORY_MAX_MB = 256;
// How much transaction log the embedded Neo4j keeps (Neo4j's own 2 days grew to 8.7 GB at 1M entities).
export const DEFAULT_NEO4J_TX_LOG_RETENTION = DEFAULT_TX_LOG_RETENTION;
// Host names a request over loopback may use besides localhost, 127.0.0.1 and [::1] (the DNS-rebinding
// defence, server/src/http/host-allowlist.ts): none, so a rebound name is refused.
export const DEFAULT_ALLOWED_HOSTS: string[] = [];

const port = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0..65535').max(65535, 'must be 0..65535');
const positive = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be positive');
const mebibytes = (min: number) =>
  z.coerce.number({ error: 'must be a whole number of MiB' }).int('must be a whole number of MiB').min(min, `must be at least ${min} (MiB)`);

// `kg.example`, `kg.example:8080`, `192.168.1.5`, `[fe80::1]`: a name or address, optionally a port
const HOST_ENTRY = /^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;
const hostList = z
  .string()
  .transform((s) => s.split(',').map((h) => h.trim()).filter(Boolean))
  .refine((hosts) => hosts.every((h) => HOST_ENTRY.test(h)), 'must be a comma-separated list of host names or addresses, each with an optional :port (e.g. kg.example,kg.example:8080)');

const EnvSchema = z.object({
  PORT: port.default(DEFAULT_PORT),
  HOST: z.string().min(1).default(DEFAULT_HOST),
  ALLOWED_HOSTS: hostList.default(DEFAULT_ALLOWED_HOSTS),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like neo4j://host:7687, bolt://host:7687 or neo4j+s://xxx.databases.neo4j.io')
    .optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_HOME: z.string().min(1).default(DEFAULT_NEO4J_HOME),
  NEO4J_BOLT_PORT: port.optional(),
  NEO4J_HEAP_MB: mebibytes(256).default(DEFAULT_NEO4J_HEAP_MB),
  NEO4J_PAGECACHE_MB: mebibytes(8).default(DEFAULT_NEO4J_PAGECACHE_MB),
  NEO4J_TX_MEMORY_TOTAL_MB: mebibytes(16).default(DEFAULT_NEO4J_TX_MEMORY_TOTAL_MB),
  NEO4J_TX_MEMORY_MAX_MB: mebibytes(16).default(DEFAULT_NEO4J_TX_MEMORY_MAX_MB),
  NEO4J_TX_LOG_RETENTION: z
    .string()
    .regex(TX_LOG_RETENTION, 'must be a Neo4j retention policy such as "256M size", "2 files", "1 days" or false')
    .default(DEFAULT_NEO4J_TX_LOG_RETENTION),
  QUERY_TIMEOUT_MS: positive.default(DEFAULT_QUERY_TIMEOUT_MS),
  CYPHER_ROW_CAP: positive.default(DEFAULT_ROW_CAP),
  CYPHER_GRAPH_CAP: positive.default(DEFAULT_GRAPH_CAP),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // empty strings count as unset, as in most shells' `FOO= cmd`
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NEO4J_USER && c.NEO4J_PASSWORD === undefined)
    throw new ConfigError('invalid configuration:\n  NEO4J_PASSWORD: must be set when NEO4J_USER is set');
  // the limits only protect the heap if they fit in it, with room left for Neo4j itself
  if (c.NEO4J_TX_MEMORY_TOTAL_MB >= c.NEO4J_HEAP_MB)
    throw new ConfigError(`invalid configuration:\n  NEO4J_TX_MEMORY_TOTAL_MB=${c.NEO4J_TX_MEMORY_TOTAL_MB}: must be below NEO4J_HEAP_MB (${c.NEO4J_HEAP_MB})`);
  if (c.NEO4J_TX_MEMORY_MAX_MB > c.NEO4J_TX_MEMORY_TOTAL_MB)
    throw new ConfigError(`invalid configuration:\n  NEO4J_TX_MEMORY_MAX_MB=${c.NEO4J_TX_MEMORY_MAX_MB}: must not exceed NEO4J_TX_MEMORY_TOTAL_MB (${c.NEO4J_TX_MEMORY_TOTAL_MB})`);
  return c;
}
