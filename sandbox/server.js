'use strict';
// The sandbox: one loopback HTTP server speaking each provider's wire format, plus a second
// "CDN" listener on another loopback address that serves result files, so tests can tell
// whether credentials ever reach a host other than the API's.

const http = require('node:http');

const { Faults } = require('./faults');
const { streamFile } = require('./files');
const { NewApiService } = require('./newapi');
const { PixVerseService } = require('./pixverse');
const { VectCutService } = require('./vectcut');
const { readBody, sendJson } = require('./wire');

function listen(server, host, port = 0) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve(server.address().port);
		});
	});
}

/**
 * Starts the sandbox.
 * @param {object} [options]
 * @param {number} [options.port] API port (0 = chosen by the OS)
 * @param {number} [options.defaultDurationMs] how long a task runs unless the test says otherwise
 * @param {number} [options.seed] seed of the fault generator
 * @param {object} [options.pixverse] PixVerse settings (apiKey, concurrencyLimit, credits)
 */
async function startSandbox(options = {}) {
	const log = [];
	const faults = new Faults(options.seed ?? 1);
	const files = new Map();
	const sockets = new Set();
	const sandbox = {
		log,
		faults,
		url: '',
		cdnUrl: '',
		defaultDurationMs: options.defaultDurationMs ?? 3000,
		/** Registers a result file and returns its CDN URL. */
		file(name, size, ttlMs) {
			const expires = ttlMs ? Date.now() + ttlMs : 0;
			files.set(name, { size, expires });
			return `${sandbox.cdnUrl}/files/${name}${expires ? `?expires=${expires}` : ''}`;
		},
		clearLog() {
			log.length = 0;
		},
		reset() {
			log.length = 0;
			faults.clear();
			for (const s of Object.values(sandbox.services)) s.reset();
		},
		services: {},
		close: async () => {
			for (const s of sockets) s.destroy();
			await Promise.all([new Promise((r) => api.close(r)), new Promise((r) => cdn.close(r))]);
		},
	};
	sandbox.services.pixverse = new PixVerseService(sandbox, options.pixverse);
	sandbox.pixverse = sandbox.services.pixverse;
	sandbox.services.newapi = new NewApiService(sandbox, options.newapi);
	sandbox.newapi = sandbox.services.newapi;
	sandbox.services.vectcut = new VectCutService(sandbox, options.vectcut);
	sandbox.vectcut = sandbox.services.vectcut;

	const apiHandler = async (req, res) => {
		const url = new URL(req.url, 'http://sandbox');
		if (url.pathname.startsWith('/__sandbox/')) return admin(sandbox, req, res, url);
		const service = Object.values(sandbox.services).find((s) => s.owns(url.pathname));
		const entry = {
			t: Date.now(),
			host: req.headers.host,
			method: req.method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: { ...req.headers },
			service: service ? service.name : 'unknown',
			kind: service ? service.kind(req.method, url.pathname) : 'unknown',
			traceId: req.headers['ai-trace-id'],
		};
		log.push(entry);
		const body = await readBody(req);
		if (/json/.test(req.headers['content-type'] || '')) {
			try {
				entry.body = JSON.parse(body.toString() || 'null');
			} catch {
				entry.body = undefined;
			}
		}
		const fault = faults.pick(entry);
		if (fault) entry.fault = fault.type;
		if (fault && fault.type === 'reset') {
			req.socket.destroy();
			return;
		}
		if (fault && fault.type === 'slow') await new Promise((r) => setTimeout(r, fault.delayMs ?? 5000));
		if (fault && ['429', '500', '502', '503'].includes(fault.type)) {
			const headers = fault.type === '429' ? { 'retry-after': String(fault.retryAfter ?? 1) } : {};
			return sendJson(res, Number(fault.type), { error: { message: `sandbox fault ${fault.type}` } }, headers);
		}
		if (fault && fault.type === 'html') {
			res.writeHead(502, { 'content-type': 'text/html' });
			// A long error page that, like some proxies do, echoes the request headers back.
			const echoed = Object.entries(req.headers).map(([k, v]) => `<li>${k}: ${v}</li>`).join('');
			return res.end(`<html><body><h1>502 Bad Gateway</h1><ul>${echoed}</ul><p>${'nginx '.repeat(800)}</p></body></html>`);
		}
		if (!service) return sendJson(res, 404, { error: { message: `no such route ${url.pathname}` } });
		// lost-response: the service does its work (a job may exist), but the answer never arrives.
		// malformed: the answer arrives cut in half.
		const capture = fault && (fault.type === 'lost-response' || fault.type === 'malformed') ? captureResponse() : undefined;
		try {
			await service.handle({ req, res: capture || res, url, body, entry });
		} catch (error) {
			entry.error = String(error && error.message);
			if (!res.headersSent) sendJson(res, 500, { error: { message: 'sandbox internal error' } });
			return;
		}
		if (capture && fault.type === 'lost-response') req.socket.destroy();
		else if (capture) {
			const text = capture.body.toString();
			res.writeHead(capture.status, { 'content-type': 'application/json' });
			res.end(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
		}
	};

	const cdnHandler = (req, res) => {
		const url = new URL(req.url, 'http://cdn');
		const entry = { t: Date.now(), host: req.headers.host, method: req.method, path: url.pathname, headers: { ...req.headers }, service: 'cdn', kind: 'file' };
		log.push(entry);
		const fault = faults.pick(entry);
		if (fault && fault.type === 'reset') return req.socket.destroy();
		if (fault && ['429', '500', '502', '503'].includes(fault.type)) return sendJson(res, Number(fault.type), { error: 'cdn fault' });
		const m = /^\/files\/(.+)$/.exec(url.pathname);
		const file = m && files.get(m[1]);
		if (!file) return sendJson(res, 404, { error: 'no such file' });
		if (file.expires && Date.now() > file.expires) {
			res.writeHead(403, { 'content-type': 'application/xml' });
			return res.end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
		}
		const ext = m[1].split('.').pop();
		streamFile(res, ext, file.size);
	};

	const api = http.createServer((req, res) => void apiHandler(req, res));
	const cdn = http.createServer(cdnHandler);
	for (const server of [api, cdn]) server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	const port = await listen(api, '127.0.0.1', options.port ?? 0);
	let cdnHost = '127.0.0.2';
	let cdnPort;
	try {
		cdnPort = await listen(cdn, cdnHost, options.cdnPort ?? 0);
	} catch {
		cdnHost = 'localhost';
		cdnPort = await listen(cdn, '127.0.0.1', 0);
	}
	sandbox.url = `http://127.0.0.1:${port}`;
	sandbox.cdnUrl = `http://${cdnHost}:${cdnPort}`;
	return sandbox;
}

function captureResponse() {
	const capture = {
		status: 200,
		headersSent: false,
		body: Buffer.alloc(0),
		writeHead(status) {
			capture.status = status;
			capture.headersSent = true;
			return capture;
		},
		setHeader() {},
		write(chunk) {
			capture.body = Buffer.concat([capture.body, Buffer.from(chunk)]);
			return true;
		},
		end(chunk) {
			if (chunk) capture.write(chunk);
		},
	};
	return capture;
}

async function admin(sandbox, req, res, url) {
	if (url.pathname === '/__sandbox/log') return sendJson(res, 200, sandbox.log.map(({ headers, ...rest }) => rest));
	if (url.pathname === '/__sandbox/reset' && req.method === 'POST') {
		sandbox.reset();
		return sendJson(res, 200, { ok: true });
	}
	if (url.pathname === '/__sandbox/faults' && req.method === 'POST') {
		const rule = JSON.parse((await readBody(req)).toString() || '{}');
		sandbox.faults.add(rule);
		return sendJson(res, 200, { ok: true });
	}
	if (url.pathname === '/__sandbox/health') return sendJson(res, 200, { ok: true, url: sandbox.url, cdnUrl: sandbox.cdnUrl });
	return sendJson(res, 404, { error: 'unknown admin route' });
}

module.exports = { startSandbox };
