'use strict';
// PixVerse platform API simulator: {ErrCode, ErrMsg, Resp} envelopes with HTTP 200 on business
// errors, API-KEY auth, Ai-trace-id deduplication, int64 ids, uploads, every video generation
// endpoint the node offers, per-key concurrency limit, credits, TTS speakers.

const { parseJson, parseMultipart, sendJson } = require('./wire');

const PREFIX = '/openapi/v2/';
const GENERATE = /^\/openapi\/v2\/video\/(text|img|transition|extend|lip_sync|sound_effect|fusion)\/generate$/;
const FIXED_DURATIONS = { 'v3.5': [5, 8], v4: [5, 8], 'v4.5': [5, 8], v5: [5, 8], 'v5.5': [5, 8, 10], 'v5.6': [5, 8, 10] };
const COST = 20;

class PixVerseService {
	constructor(sandbox, options = {}) {
		this.sandbox = sandbox;
		this.name = 'pixverse';
		this.options = options;
		this.reset();
	}

	reset() {
		const o = this.options;
		this.apiKey = o.apiKey ?? 'sandbox-pixverse-key';
		this.concurrencyLimit = o.concurrencyLimit ?? 50;
		this.credits = new Map([[this.apiKey, o.credits ?? 1_000_000]]);
		this.jobs = new Map();
		this.traces = new Map();
		this.uploads = new Map();
		// Real PixVerse ids exceed 2^53; `smallIds` gives ids that tools parsing JSON naively can keep.
		this.nextId = o.smallIds ? 100_001n : 629_000_000_000_000_005n;
		this.resultSize = o.resultSize ?? 256 * 1024;
		this.resultTtlMs = o.resultTtlMs ?? 0;
		/** (body, path) => ({ durationMs, outcome: 'success'|'moderation'|'failed'|'deleted'|'stuck', size }) */
		this.plan = undefined;
	}

	owns(path) {
		return path.startsWith(PREFIX);
	}

	kind(method, path) {
		if (GENERATE.test(path)) return 'submit';
		if (path.startsWith('/openapi/v2/video/result/')) return 'poll';
		if (path.endsWith('/upload')) return 'upload';
		return 'other';
	}

	id() {
		const id = this.nextId;
		this.nextId += 7n;
		return id;
	}

	/** Jobs of this key that are still running (count against the concurrency limit). */
	running(key) {
		let n = 0;
		for (const job of this.jobs.values()) if (job.key === key && this.state(job).status === 5) n++;
		return n;
	}

	state(job) {
		const elapsed = Date.now() - job.createdAt;
		if (job.outcome === 'stuck' || elapsed < job.durationMs) return { status: 5 };
		return { status: { success: 1, moderation: 7, failed: 8, deleted: 6 }[job.outcome] ?? 1 };
	}

	/** Directives in a prompt script a task: [sb:duration=1500] [sb:fail=moderation] [sb:stuck] [sb:size=1048576]. */
	planFor(body, path) {
		const base = { durationMs: this.sandbox.defaultDurationMs, outcome: 'success', size: this.resultSize };
		const prompt = typeof body.prompt === 'string' ? body.prompt : '';
		const d = /\[sb:duration=(\d+)\]/.exec(prompt);
		if (d) base.durationMs = Number(d[1]);
		const f = /\[sb:fail=(\w+)\]/.exec(prompt);
		if (f) base.outcome = f[1];
		if (/\[sb:stuck\]/.test(prompt)) base.outcome = 'stuck';
		const s = /\[sb:size=(\d+)\]/.exec(prompt);
		if (s) base.size = Number(s[1]);
		return { ...base, ...(this.plan ? this.plan(body, path) || {} : {}) };
	}

	reply(res, resp, errCode = 0, errMsg = 'success', status = 200) {
		sendJson(res, status, { ErrCode: errCode, ErrMsg: errMsg, Resp: resp });
	}

	async handle({ req, res, url, body, entry }) {
		const key = req.headers['api-key'];
		// Like many APIs, the refusal echoes what it was given: the node must not show it to the user.
		if (!key || !this.credits.has(key)) return this.reply(res, null, 10001, `invalid API key: ${key || '(none)'}`, 401);
		entry.traceId = req.headers['ai-trace-id'];
		const path = url.pathname;
		if (req.method === 'POST' && GENERATE.test(path)) return this.generate(req, res, path, body, key, entry);
		let m;
		if (req.method === 'GET' && (m = /^\/openapi\/v2\/video\/result\/(\d+)$/.exec(path))) return this.result(res, m[1], key, entry);
		if (req.method === 'POST' && path === '/openapi/v2/image/upload') return this.upload(req, res, body, 'image');
		if (req.method === 'POST' && path === '/openapi/v2/media/upload') return this.upload(req, res, body, 'media');
		if (req.method === 'GET' && path === '/openapi/v2/account/balance') {
			return this.reply(res, { account_id: 1234567, credit_monthly: 0, credit_package: this.credits.get(key) });
		}
		if (req.method === 'GET' && path === '/openapi/v2/video/lip_sync/tts_list') return this.speakers(res, url);
		return this.reply(res, null, 400017, `unknown endpoint ${req.method} ${path}`, 404);
	}

	speakers(res, url) {
		const all = Array.from({ length: 130 }, (_, i) => ({ speaker_id: String(i + 1), name: `Voice ${String(i + 1).padStart(3, '0')}` }));
		const page = Number(url.searchParams.get('page_num') || 1);
		const size = Number(url.searchParams.get('page_size') || 30);
		return this.reply(res, { total: all.length, data: all.slice((page - 1) * size, page * size) });
	}

	async upload(req, res, body, kind) {
		const { fields, files } = parseMultipart(body, req.headers['content-type']);
		const file = kind === 'image' ? files.image : files.file;
		const link = kind === 'image' ? fields.image_url : fields.file_url;
		if (!file && !link) return this.reply(res, null, 400011, `empty parameter: ${kind === 'image' ? 'image or image_url' : 'file or file_url'}`);
		if (file && file.data.length > 20 * 1024 * 1024) return this.reply(res, null, 500030, 'image too large');
		const id = this.id();
		const name = file ? file.fileName : link;
		this.uploads.set(String(id), { kind, flagged: /unsafe|nsfw/i.test(name || ''), bytes: file ? file.data.length : 0 });
		if (kind === 'image') return this.reply(res, { img_id: id, img_url: `${this.sandbox.cdnUrl}/files/upload_${id}.png` });
		const mediaType = fields.media_type || 'video';
		return this.reply(res, { media_id: id, media_type: mediaType, url: `${this.sandbox.cdnUrl}/files/upload_${id}.mp4` });
	}

	validate(path, text, body) {
		if (/"(img_id|first_frame_img|last_frame_img|source_video_id|video_media_id|audio_media_id)"\s*:\s*"/.test(text)) {
			return 'ids must be numbers, not strings';
		}
		const type = GENERATE.exec(path)[1];
		const needsPrompt = ['text', 'img', 'transition', 'extend', 'fusion'].includes(type);
		if (needsPrompt && (typeof body.prompt !== 'string' || !body.prompt.trim())) return 'prompt is required';
		if (body.model !== undefined) {
			const fixed = FIXED_DURATIONS[body.model];
			if (!fixed && body.model !== 'v6' && body.model !== 'c1') return `invalid model ${body.model}`;
			if (fixed && body.duration !== undefined && !fixed.includes(body.duration)) return `duration ${body.duration} not supported by ${body.model}`;
			if (!fixed && body.duration !== undefined && (body.duration < 1 || body.duration > 15)) return 'duration out of range';
		}
		if (type === 'img' && body.img_id === undefined && body.img_ids === undefined) return 'img_id is required';
		if (type === 'transition' && (body.first_frame_img === undefined || body.last_frame_img === undefined)) return 'first_frame_img and last_frame_img are required';
		if (['extend', 'lip_sync', 'sound_effect'].includes(type) && body.source_video_id === undefined && body.video_media_id === undefined) return 'source_video_id or video_media_id is required';
		return null;
	}

	generate(req, res, path, raw, key, entry) {
		const text = raw.toString();
		let body;
		try {
			body = parseJson(text || '{}');
		} catch {
			return this.reply(res, null, 400013, 'invalid JSON body');
		}
		const trace = req.headers['ai-trace-id'];
		if (typeof body.prompt === 'string') entry.prompt = body.prompt;
		if (trace && this.traces.has(`${key}:${trace}`)) {
			// A repeated trace id returns the earlier job and creates none.
			entry.deduplicated = true;
			return this.reply(res, { video_id: this.traces.get(`${key}:${trace}`) });
		}
		const invalid = this.validate(path, text, body);
		if (invalid) return this.reply(res, null, 400017, invalid);
		for (const field of ['img_id', 'first_frame_img', 'last_frame_img']) {
			if (body[field] !== undefined && this.uploads.get(String(body[field]))?.flagged) return this.reply(res, null, 500054, 'image failed moderation');
		}
		if (typeof body.prompt === 'string' && /\[sb:premoderation\]/.test(body.prompt)) return this.reply(res, null, 500063, 'content failed pre-moderation');
		if ((this.credits.get(key) ?? 0) < COST) return this.reply(res, null, 500090, 'insufficient balance');
		if (this.running(key) >= this.concurrencyLimit) return this.reply(res, null, 500044, 'concurrent generation limit reached');
		const plan = this.planFor(body, path);
		const id = this.id();
		this.credits.set(key, this.credits.get(key) - COST);
		this.jobs.set(String(id), { id, key, prompt: body.prompt, createdAt: Date.now(), durationMs: plan.durationMs, outcome: plan.outcome, size: plan.size, trace, path, body });
		if (trace) this.traces.set(`${key}:${trace}`, id);
		entry.accepted = true;
		entry.taskId = String(id);
		return this.reply(res, { video_id: id });
	}

	result(res, id, key, entry) {
		entry.taskId = id;
		const job = this.jobs.get(id);
		if (!job || job.key !== key) return this.reply(res, null, 500008, 'requested data not found');
		const { status } = this.state(job);
		entry.taskStatus = status;
		const resp = { id: job.id, status, prompt: job.body.prompt ?? '', seed: 42, outputWidth: 1280, outputHeight: 720, resolution_ratio: 720, has_audio: false, create_time: new Date(job.createdAt).toISOString() };
		if (status === 1) {
			resp.url = this.sandbox.file(`video_${id}.mp4`, job.size, this.resultTtlMs);
			resp.credits = COST;
		}
		return this.reply(res, resp);
	}
}

module.exports = { PixVerseService };
