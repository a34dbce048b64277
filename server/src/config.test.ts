// Config is read once and a bad value names the variable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY } from '../../neo4j-launcher/index.ts';
import {
  DEFAULT_ALLOWED_HOSTS,
  DEFAULT_HOST,
  DEFAULT_NEO4J_HEAP_MB,
  DEFAULT_NEO4J_PAGECACHE_MB,
  DEFAULT_NEO4J_TX_MEMORY_MAX_MB,
  DEFAULT_NEO4J_TX_MEMORY_TOTAL_MB,
  DEFAULT_PORT,
  readConfig,
} from './config.ts';

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    const c = readConfig({});
    expect(c.PORT).toBe(DEFAULT_PORT);
    expect(c.HOST).toBe(DEFAULT_HOST);
    expect(c.NEO4J_URI).toBeUndefined();
  });
  it('names the variable and the value that is wrong', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty": must be a whole number/);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT="70000": must be 0..65535/);
    expect(() => readConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI=.*must look like neo4j:\/\//);
  });
  it('requires a password with a user', () => {
    expect(() => readConfig({ NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'neo4j' })).toThrow(/NEO4J_PASSWORD/);
    expect(readConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw' }).NEO4J_USER).toBe('neo4j');
  });
  it('sizes the embedded Neo4j like the launcher does by default', () => {
    const c = readConfig({});
    expect([c.NEO4J_HEAP_MB, c.NEO4J_PAGECACHE_MB, c.NEO4J_TX_MEMORY_TOTAL_MB, c.NEO4J_TX_MEMORY_MAX_MB]).toEqual([
      DEFAULT_NEO4J_HEAP_MB,
      DEFAULT_NEO4J_PAGECACHE_MB,
      DEFAULT_NEO4J_TX_MEMORY_TOTAL_MB,
      DEFAULT_NEO4J_TX_MEMORY_MAX_MB,
    ]);
    expect(DEFAULT_MEMORY).toEqual({ heapMb: c.NEO4J_HEAP_MB, pageCacheMb: c.NEO4J_PAGECACHE_MB, txTotalMb: c.NEO4J_TX_MEMORY_TOTAL_MB, txMaxMb: c.NEO4J_TX_MEMORY_MAX_MB });
  });
  it('names the memory variable that is wrong', () => {
    expect(() => readConfig({ NEO4J_HEAP_MB: '1g' })).toThrow(/NEO4J_HEAP_MB="1g": must be a whole number of MiB/);
    expect(() => readConfig({ NEO4J_HEAP_MB: '128' })).toThrow(/NEO4J_HEAP_MB="128": must be at least 256/);
    expect(() => readConfig({ NEO4J_PAGECACHE_MB: '-1' })).toThrow(/NEO4J_PAGECACHE_MB="-1"/);
    expect(() => readConfig({ NEO4J_HEAP_MB: '512' })).toThrow(/NEO4J_TX_MEMORY_TOTAL_MB=512: must be below NEO4J_HEAP_MB \(512\)/);
    expect(() => readConfig({ NEO4J_TX_MEMORY_MAX_MB: '600' })).toThrow(/NEO4J_TX_MEMORY_MAX_MB=600: must not exceed NEO4J_TX_MEMORY_TOTAL_MB \(512\)/);
    expect(readConfig({ NEO4J_HEAP_MB: '2048', NEO4J_TX_MEMORY_TOTAL_MB: '1024', NEO4J_TX_MEMORY_MAX_MB: '512' }).NEO4J_TX_MEMORY_MAX_MB).toBe(512);
  });
  it('reads ALLOWED_HOSTS as a list of names with optional ports, and names it when an entry is not one', () => {
    expect(readConfig({}).ALLOWED_HOSTS).toEqual(DEFAULT_ALLOWED_HOSTS);
    expect(readConfig({ ALLOWED_HOSTS: ' kg.example, kg.example:8080,[fe80::1],192.168.1.5 ' }).ALLOWED_HOSTS).toEqual(['kg.example', 'kg.example:8080', '[fe80::1]', '192.168.1.5']);
    expect(() => readConfig({ ALLOWED_HOSTS: 'http://kg.example' })).toThrow(/ALLOWED_HOSTS="http:\/\/kg.example": must be a comma-separated list of host names/);
    expect(() => readConfig({ ALLOWED_HOSTS: 'kg.example/path' })).toThrow(/ALLOWED_HOSTS=/);
  });
});
