// Worker threads start from plain JavaScript; this registers tsx so the worker itself can be TypeScript.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
