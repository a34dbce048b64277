// No Docker engine runs here, so the compose file is checked by parsing it against the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readConfig } from '../server/src/config.ts';

const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
const pomVersion = /<neo4j.version>([^<]+)</.exec(readFileSync(new URL('../neo4j-launcher/pom.xml', import.meta.url), 'utf8'))![1];
const launcher = readFileSync(new URL('../neo4j-launcher/src/main/java/org/shizhong/launcher/Launcher.java', import.meta.url), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the official community image of the same Neo4j patch as the embedded launcher', () => {
    expect(compose.services.neo4j.image).toBe(`neo4j:${pomVersion}-community`);
  });
  it('has a healthcheck the app waits for', () => {
    expect(compose.services.neo4j.healthcheck.test).toBeTruthy();
    expect(compose.services.app.depends_on.neo4j.condition).toBe('service_healthy');
  });
  it('connects the app with environment variables the server accepts', () => {
    const env = compose.services.app.environment;
    const config = readConfig(env);
    expect(config.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(`${compose.services.app.ports[0]}`).toContain(`:${config.PORT}`);
    expect(compose.services.neo4j.ports.map(String)).toContain(`127.0.0.1:${config.NEO4J_URI!.split(':').pop()}:7687`);
  });
  it('allows the same procedures as the embedded launcher', () => {
    const allow = compose.services.neo4j.environment.NEO4J_dbms_security_procedures_allowlist.split(',');
    for (const proc of allow) expect(launcher).toContain(`"${proc}"`);
  });
});
