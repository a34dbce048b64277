// Config is read once and a bad value names the variable.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, readConfig } from './config.ts';

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
});
