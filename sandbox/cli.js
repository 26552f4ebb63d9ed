#!/usr/bin/env node
'use strict';
// `npm run sandbox`: starts the provider simulator and prints its URL.
const { startSandbox } = require('./server');

const port = Number(process.env.SANDBOX_PORT || process.argv[2] || 0);
startSandbox({ port, defaultDurationMs: Number(process.env.SANDBOX_TASK_MS ?? 8000), pixverse: { smallIds: process.env.SANDBOX_SMALL_IDS === '1' } }).then((sb) => {
	process.stdout.write(`Sandbox listening on ${sb.url} (result files on ${sb.cdnUrl})\n`);
	process.stdout.write(`PixVerse: Base URL ${sb.url}, API key ${sb.pixverse.apiKey}\n`);
	process.stdout.write(`New API:  Base URL ${sb.url}, API key ${sb.newapi.apiKey}\n`);
	process.stdout.write(`VectCut:  Base URL ${sb.url}, API key ${sb.vectcut.apiKey}\n`);
	const stop = () => sb.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
