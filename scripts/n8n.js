'use strict';
// A real n8n beside the project: installed by this script into .n8n-runtime/ (not globally, and not
// into the project's own node_modules, so the install for the unit tests stays light), with our
// package loaded as a community package.

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');

const ROOT = path.resolve(__dirname, '..');
/** The last n8n line whose engines allow Node 20. */
const N8N_VERSION = process.env.AIGC_N8N_VERSION || '2.8.4';
const RUNTIME = process.env.AIGC_N8N_RUNTIME || path.join(ROOT, '.n8n-runtime');
const N8N_BIN = path.join(RUNTIME, 'node_modules', 'n8n', 'bin', 'n8n');

function installedVersion() {
	try {
		return JSON.parse(fs.readFileSync(path.join(RUNTIME, 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
	} catch {
		return undefined;
	}
}

/** Installs n8n into .n8n-runtime/ once (about 6 minutes and 2.3 GB the first time). */
function sqliteReady() {
	return fs.existsSync(path.join(RUNTIME, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node'));
}

/**
 * The environment for npm commands in the runtime folder. Under `npm run`/`npm start` the parent
 * npm exports its config (this project's ignore-scripts=true among it) as npm_config_* variables;
 * n8n's own install needs its install scripts (sqlite3), so none of that is passed on.
 */
function npmEnv() {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) if (!/^npm_(config|package|lifecycle)_/i.test(key)) env[key] = value;
	return env;
}

function ensureN8n(log = (m) => process.stderr.write(`${m}\n`)) {
	if (installedVersion() === N8N_VERSION && sqliteReady()) return N8N_BIN;
	fs.mkdirSync(RUNTIME, { recursive: true });
	// n8n-nodes-base ≤2.8 points xlsx at a CDN tarball; the registry's 0.18.5 is the same library.
	fs.writeFileSync(path.join(RUNTIME, 'package.json'), JSON.stringify({ private: true, overrides: { xlsx: '0.18.5' } }, null, 2));
	log(`Installing n8n ${N8N_VERSION} into ${path.relative(ROOT, RUNTIME)}/ (first run only; a few minutes)…`);
	const started = Date.now();
	const result = spawnSync('npm', ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts=false', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: RUNTIME, env: npmEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
	// An optional native add-on failing to build (none of which n8n needs here) must not stop us.
	if (result.status !== 0 && installedVersion() !== N8N_VERSION) throw new Error(`npm install n8n@${N8N_VERSION} failed (exit ${result.status})`);
	if (result.status !== 0) log(`npm install exited ${result.status}, but n8n ${N8N_VERSION} is in place; going on.`);
	// npm 11 may skip install scripts it was not told to allow: build n8n's database driver if it is missing.
	if (!sqliteReady()) {
		log('Building sqlite3 for n8n…');
		const rebuilt = spawnSync('npm', ['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--loglevel=error'], { cwd: RUNTIME, env: npmEnv(), stdio: ['ignore', 'inherit', 'inherit'] });
		if (rebuilt.status !== 0 || !sqliteReady()) throw new Error('Building sqlite3 for n8n failed');
	}
	log(`n8n ${N8N_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
	return N8N_BIN;
}

/** Links this package into the user folder's community-node directory, as an install from the UI would. */
function linkPackage(userFolder) {
	const modules = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	fs.mkdirSync(modules, { recursive: true });
	const target = path.join(modules, 'n8n-nodes-aigc');
	fs.rmSync(target, { recursive: true, force: true });
	fs.symlinkSync(ROOT, target, 'dir');
	const manifest = path.join(userFolder, '.n8n', 'nodes', 'package.json');
	fs.writeFileSync(manifest, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { 'n8n-nodes-aigc': `file:${ROOT}` } }, null, 2));
}

function n8nEnv(userFolder, port, extra = {}) {
	return {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}`,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false',
		DB_SQLITE_POOL_SIZE: '1',
		// Not inherited from a test runner: n8n behaves differently under NODE_ENV=test.
		NODE_ENV: 'production',
		N8N_LOG_LEVEL: 'info',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		...extra,
	};
}

/** Runs an n8n CLI command; resolves with its exit code and output. */
function cli(args, env, { timeoutMs = 120_000 } = {}) {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [N8N_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}

/** Credentials for every service pointing at the sandbox (ids match the example workflows). */
function sandboxCredentials(sandboxUrl, keys) {
	return [
		{ id: 'aigc-pixverse', name: 'PixVerse (sandbox)', type: 'pixVerseApi', data: { apiKey: keys.pixverse, baseUrl: sandboxUrl } },
		{ id: 'aigc-newapi', name: 'New API (sandbox)', type: 'newApiApi', data: { apiKey: keys.newapi, baseUrl: sandboxUrl } },
		{ id: 'aigc-vectcut', name: 'VectCut (sandbox)', type: 'vectCutApi', data: { apiKey: keys.vectcut, baseUrl: sandboxUrl, pathPrefix: '/cut_jianying' } },
	];
}

async function importJson(kind, list, env, dir) {
	const file = path.join(dir, `${kind}-${Date.now()}.json`);
	fs.writeFileSync(file, JSON.stringify(list));
	const r = await cli([`import:${kind}`, `--input=${file}`], env);
	fs.rmSync(file, { force: true });
	if (r.code !== 0) throw new Error(`n8n import:${kind} failed: ${r.stderr || r.stdout}`);
	return r;
}

function exampleWorkflows(patch) {
	const dir = path.join(ROOT, 'examples');
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const wf = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
			return patch ? patch(wf, f) : wf;
		});
}

function get(url) {
	return new Promise((resolve) => {
		const req = http.get(url, (res) => {
			let text = '';
			res.on('data', (d) => (text += d));
			res.on('end', () => resolve({ status: res.statusCode, text }));
		});
		req.on('error', () => resolve({ status: 0, text: '' }));
		req.setTimeout(2000, () => req.destroy());
	});
}

/** Starts `n8n start` and resolves once /healthz answers. */
async function startServer(env, { timeoutMs = 120_000, log = () => undefined } = {}) {
	const child = spawn(process.execPath, [N8N_BIN, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d) => {
		output += d;
		log(String(d));
	});
	child.stderr.on('data', (d) => {
		output += d;
		log(String(d));
	});
	const url = `http://127.0.0.1:${env.N8N_PORT}`;
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited early (${child.exitCode}):\n${output.slice(-3000)}`);
		// While n8n starts, every path answers 200 "n8n is starting up"; the REST API is ready once
		// /rest/settings answers with its JSON.
		const settings = await get(`${url}/rest/settings`);
		if (settings.status === 200 && settings.text.startsWith('{"data"')) return { child, url, output: () => output };
		await new Promise((r) => setTimeout(r, 500));
	}
	child.kill('SIGKILL');
	throw new Error(`n8n did not answer /healthz within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
}

function request(url, method, body, cookie) {
	return new Promise((resolve, reject) => {
		const data = body ? JSON.stringify(body) : undefined;
		const req = http.request(url, { method, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(data ? { 'content-length': Buffer.byteLength(data) } : {}) } }, (res) => {
			let text = '';
			res.on('data', (d) => (text += d));
			res.on('end', () => resolve({ status: res.statusCode, text, headers: res.headers }));
		});
		req.on('error', reject);
		if (data) req.write(data);
		req.end();
	});
}

const OWNER = { email: 'owner@aigc.local', firstName: 'Demo', lastName: 'Owner', password: 'Aigc-demo-2026' };

/** Creates the instance owner (first start only) so the editor opens without a sign-up form. */
async function setupOwner(url) {
	const r = await request(`${url}/rest/owner/setup`, 'POST', OWNER);
	return r.status === 200 || /already/i.test(r.text);
}

async function login(url) {
	const r = await request(`${url}/rest/login`, 'POST', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
	const cookie = (r.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; ');
	if (r.status !== 200 || !cookie) throw new Error(`login failed: HTTP ${r.status} ${r.text.slice(0, 300)}`);
	return cookie;
}

module.exports = { ROOT, N8N_VERSION, RUNTIME, N8N_BIN, OWNER, ensureN8n, linkPackage, n8nEnv, cli, sandboxCredentials, importJson, exampleWorkflows, startServer, setupOwner, login, request };

if (require.main === module && process.argv[2] === 'install') ensureN8n();
