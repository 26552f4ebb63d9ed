'use strict';
// Wire helpers shared by every simulated service: exact big-int JSON, bodies, multipart.

/** JSON.parse that keeps integers beyond 2^53 exact (as BigInt). */
function parseJson(text) {
	const guarded = text.replace(/("(?:[^"\\]|\\.)*")|(-?\d{16,})(?![\d.eE])/g, (m, str, digits) => {
		if (str !== undefined) return str;
		return Number.isSafeInteger(Number(digits)) ? m : `"\\u0000big:${digits}"`;
	});
	return JSON.parse(guarded, (_k, v) => (typeof v === 'string' && v.startsWith('\u0000big:') ? BigInt(v.slice(5)) : v));
}

/** JSON.stringify that writes BigInt values as bare number tokens. */
function stringifyJson(value) {
	return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `\u0000big:${v}` : v)).replace(/"\\u0000big:(-?\d+)"/g, '$1');
}

function readBody(req, limit = 64 * 1024 * 1024) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (c) => {
			size += c.length;
			if (size > limit) {
				reject(new Error('body too large'));
				req.destroy();
				return;
			}
			chunks.push(c);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** Minimal multipart/form-data parser: returns { fields, files }. */
function parseMultipart(buffer, contentType) {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || '');
	const fields = {};
	const files = {};
	if (!match) return { fields, files };
	const boundary = Buffer.from(`--${match[1] || match[2]}`);
	let pos = buffer.indexOf(boundary);
	while (pos !== -1) {
		const start = pos + boundary.length;
		if (buffer.slice(start, start + 2).toString() === '--') break;
		const next = buffer.indexOf(boundary, start);
		if (next === -1) break;
		const part = buffer.slice(start + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		const head = part.slice(0, headerEnd).toString();
		const content = part.slice(headerEnd + 4);
		const name = /name="([^"]*)"/i.exec(head)?.[1];
		const fileName = /filename="([^"]*)"/i.exec(head)?.[1];
		const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
		if (name !== undefined) {
			if (fileName !== undefined) files[name] = { fileName, contentType: type, data: content };
			else fields[name] = content.toString();
		}
		pos = next;
	}
	return { fields, files };
}

function sendJson(res, status, value, headers = {}) {
	const body = stringifyJson(value);
	res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
	res.end(body);
}

module.exports = { parseJson, stringifyJson, readBody, parseMultipart, sendJson };
