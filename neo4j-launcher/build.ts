// `npm run build:neo4j`: force a Maven build of the launcher.
import { buildLauncher } from './index.ts';

buildLauncher(true);
console.log('neo4j-launcher built');
