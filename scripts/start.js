#!/usr/bin/env node
'use strict';
// `npm start`: n8n with our nodes, against the local sandbox (no API keys needed).
// `npm start -- --real` (or AIGC_REAL=1): no sandbox credentials; enter real keys in n8n.

const fs = require('node:fs');
const path = require('node:path');

const n8n = require('./n8n');
const { startSandbox } = require('../sandbox/server');

const real = process.argv.includes('--real') || process.env.AIGC_REAL === '1';
const port = Number(process.env.N8N_PORT || 5678);
// 5679 is n8n's own task broker.
const sandboxPort = Number(process.env.SANDBOX_PORT || 5690);
const home = process.env.AIGC_N8N_HOME || path.join(n8n.ROOT, '.n8n-home');

async function main() {
	n8n.ensureN8n();
	fs.mkdirSync(home, { recursive: true });
	n8n.linkPackage(home);
	const env = n8n.n8nEnv(home, port);
	let sandbox;
	if (!real) {
		sandbox = await startSandbox({ port: sandboxPort, defaultDurationMs: Number(process.env.SANDBOX_TASK_MS || 8000) });
		await n8n.importJson('credentials', n8n.sandboxCredentials(sandbox.url, { pixverse: sandbox.pixverse.apiKey, newapi: sandbox.newapi.apiKey, vectcut: sandbox.vectcut.apiKey }), env, home);
	}
	await n8n.importJson('workflow', n8n.exampleWorkflows(), env, home);
	const server = await n8n.startServer(env);
	await n8n.setupOwner(server.url);
	const lines = [
		'',
		`  n8n is running: ${server.url}`,
		`  Sign in as ${n8n.OWNER.email} / ${n8n.OWNER.password}`,
		real ? '  Real mode: add your PixVerse, New API and VectCut credentials in n8n.' : `  Sandbox: ${sandbox.url} (credentials "PixVerse (sandbox)", "New API (sandbox)", "VectCut (sandbox)" are set up)`,
		'  Open a workflow under "Overview" (the examples are imported) and press "Execute workflow".',
		'  Ctrl+C stops everything.',
		'',
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	const stop = async () => {
		server.child.kill('SIGTERM');
		if (sandbox) await sandbox.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	server.child.on('exit', async (code) => {
		if (sandbox) await sandbox.close();
		process.exit(code ?? 0);
	});
}

main().catch((error) => {
	process.stderr.write(`${error.stack || error}\n`);
	process.exit(1);
});
