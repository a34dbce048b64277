// Vite config of the client: built into dist/client (served by the server); `npm run dev` proxies /api.
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  build: { outDir: new URL('../dist/client', import.meta.url).pathname, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  // changeOrigin: the API refuses a Host that is not its own (its DNS-rebinding defence), and the
  // browser's Host here names the dev server's port
  server: { proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3000}`, changeOrigin: true } } },
});
