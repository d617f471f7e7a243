/** `npm run db:build`: builds the embedded FerretDB launcher ahead of time (CI does this once). */
import { ensureFerretDbBinary } from './ferretdb-binary';

const binary = await ensureFerretDbBinary((line) => console.log(line));
console.log(`embedded FerretDB ready at ${binary}`);
