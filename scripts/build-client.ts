// `npm run build:client`: build dist/client and stamp it with the sources it was built from, so that
// `npm start` knows it is current (server/src/client-build.ts).
import { buildClient } from '../server/src/client-build.ts';

await buildClient();
