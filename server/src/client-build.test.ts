// `npm start` rebuilds dist/client when its sources changed since the build (a git pull), and only then.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientStaleness, writeStamp } from './client-build.ts';

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'client-build-'));
  put('client/index.html', '<!doctype html>');
  put('client/vite.config.ts', 'export default {};');
  put('client/src/app.ts', 'export const app = 1;');
  put('client/src/app.test.ts', 'test');
  put('model/vocabulary.ts', 'export const TYPES = [];');
  put('model/index.ts', 'export type X = 1;');
  put('package-lock.json', '{}');
  put('dist/client/index.html', '<!doctype html>built');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the staleness check of the client build', () => {
  it('asks for a build when there is none, or when the build has no stamp', () => {
    rmSync(join(root, 'dist/client'), { recursive: true });
    expect(clientStaleness(root)).toMatch(/no client build/);
    put('dist/client/index.html', 'built by hand');
    expect(clientStaleness(root)).toMatch(/no readable source stamp/);
  });

  it('finds a stamped build current, even when files were rewritten with the same bytes', () => {
    writeStamp(root);
    expect(clientStaleness(root)).toBeUndefined();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'client/src/app.ts'), later, later); // a checkout that touched the file
    expect(clientStaleness(root)).toBeUndefined();
  });

  it('names what changed since the build: client code, the vite config, the vocabulary, the lock file', () => {
    writeStamp(root);
    put('client/src/app.ts', 'export const app = 2;');
    expect(clientStaleness(root)).toMatch(/^client\/src\/app\.ts changed since the client was built/);
    for (const path of ['client/vite.config.ts', 'model/vocabulary.ts', 'package-lock.json']) {
      writeStamp(root);
      put(path, `// changed ${path}`);
      expect(clientStaleness(root)).toContain(`${path} changed`);
    }
  });

  it('sees a new file and a removed one', () => {
    writeStamp(root);
    put('client/src/panels/new-panel.ts', 'export {};');
    expect(clientStaleness(root)).toContain('client/src/panels/new-panel.ts changed');
    writeStamp(root);
    unlinkSync(join(root, 'client/src/panels/new-panel.ts'));
    expect(clientStaleness(root)).toContain('client/src/panels/new-panel.ts removed');
  });

  it('needs no rebuild for what is not bundled: a test beside the client, a model file of types', () => {
    writeStamp(root);
    put('client/src/app.test.ts', 'another test');
    put('model/index.ts', 'export type X = 2;');
    expect(clientStaleness(root)).toBeUndefined();
  });
});
