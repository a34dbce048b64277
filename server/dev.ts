// `npm run dev`: the API (server/main.ts; restart `npm run dev` after server changes) plus Vite's dev
// server with hot reload, which proxies /api to it (client/vite.config.ts). If an API already answers
// on API_PORT (e.g. one you started yourself), it is reused instead of launching a second Neo4j.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'vite';

const DEFAULT_API_PORT = 3000;
const DEFAULT_DEV_PORT = 5173;

const apiPort = Number(process.env.API_PORT ?? process.env.PORT ?? DEFAULT_API_PORT);
const devPort = Number(process.env.DEV_PORT ?? DEFAULT_DEV_PORT);
for (const [name, v] of [['API_PORT', apiPort], ['DEV_PORT', devPort]] as const)
  if (!Number.isInteger(v) || v < 1 || v > 65535) {
    console.error(`invalid ${name}=${JSON.stringify(process.env[name])}: must be a port number 1..65535`);
    process.exit(2);
  }
process.env.API_PORT = String(apiPort);

async function apiAnswers(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${apiPort}/api/health`, { signal: AbortSignal.timeout(1500) })).status < 500;
  } catch {
    return false;
  }
}

let api: ChildProcess | null = null;
if (await apiAnswers()) console.log(`dev: reusing the API already on port ${apiPort}`);
else {
  console.log(`dev: starting the API on port ${apiPort} …`);
  api = spawn(process.execPath, ['--import', 'tsx', new URL('main.ts', import.meta.url).pathname], {
    stdio: 'inherit',
    env: { ...process.env, PORT: String(apiPort) },
  });
  api.on('exit', (code) => {
    if (!stopping) console.error(`dev: the API exited (${code}); Vite keeps serving the client`);
  });
}

const vite = await createServer({ configFile: new URL('../client/vite.config.ts', import.meta.url).pathname, server: { port: devPort, host: '127.0.0.1' } });
await vite.listen();
vite.printUrls();

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`dev: ${signal}, stopping …`);
  await vite.close();
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((done) => api!.once('exit', done));
  }
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
