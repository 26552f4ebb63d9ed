'use strict';
// A New API site (QuantumNous/new-api) and the relay routes such sites serve: unified video
// (/v1/video/generations and the OpenAI-style /v1/videos), images, models, Midjourney, Suno,
// Luma, Kling, Runway, MiniMax, Replicate, Volcengine Ark, and a Flux-like route for custom
// tasks. Each vendor answers with its own status words, envelopes and error codes.

const crypto = require('node:crypto');
const { parseJson, sendJson } = require('./wire');

const ROUTES = /^\/(v1\/(video|videos|images|models)|(mj-(fast|relax|turbo)\/)?mj\/|mj\/|suno\/|luma\/|kling\/|runwayml\/|minimax\/|replicate\/|api\/v3\/|volc\/|seedance\/|flux\/)/;

const MODELS = [
	{ id: 'kling-v2-1', owned_by: 'kling', supported_endpoint_types: ['openai-video'] },
	{ id: 'MiniMax-Hailuo-02', owned_by: 'minimax', supported_endpoint_types: ['openai-video'] },
	{ id: 'doubao-seedance-1-0-pro-250528', owned_by: 'volcengine', supported_endpoint_types: ['openai-video'] },
	{ id: 'sora-2', owned_by: 'openai', supported_endpoint_types: ['openai-video'] },
	{ id: 'gpt-image-1', owned_by: 'openai', supported_endpoint_types: ['image-generation'] },
	{ id: 'dall-e-3', owned_by: 'openai', supported_endpoint_types: ['image-generation'] },
	{ id: 'gpt-4o-mini', owned_by: 'openai', supported_endpoint_types: ['openai'] },
];

const MJ_BUTTONS = ['U1', 'U2', 'U3', 'U4', '🔄', 'V1', 'V2', 'V3', 'V4'];

class NewApiService {
	constructor(sandbox, options = {}) {
		this.sandbox = sandbox;
		this.name = 'newapi';
		this.options = options;
		this.reset();
	}

	reset() {
		const o = this.options;
		this.apiKey = o.apiKey ?? 'sk-sandbox-newapi';
		this.quota = o.quota ?? 1_000_000;
		/** 'gateway' ids (task_…) as newer builds; 'upstream' ids as older ones. */
		this.idStyle = o.idStyle ?? 'gateway';
		/** Where a finished unified video's URL is: 'result_url' (newer), 'fail_reason' (older), 'native' (only in data.data). */
		this.resultField = o.resultField ?? 'result_url';
		/** /v1/videos/{id}/content answers with a redirect to the file host (as gateways that proxy storage do). */
		this.contentRedirect = o.contentRedirect ?? false;
		/** MiniMax queries answered natively, or wrapped in New API's TaskDto as some forks do. */
		this.minimaxStyle = o.minimaxStyle ?? 'native';
		this.jobs = new Map();
		this.plan = undefined;
		this.resultSize = o.resultSize ?? 64 * 1024;
	}

	owns(path) {
		return ROUTES.test(path);
	}

	kind(method, path) {
		if (method === 'POST' && /\/(generations|submit\/|video_generation|predictions|image_to_video|text2video|image2video|tasks$|videos$|flux-)/.test(path)) return 'submit';
		if (method === 'GET' && /\/(models)$/.test(path)) return 'other';
		if (method === 'GET') return 'poll';
		return 'other';
	}

	newId(prefix = '') {
		if (prefix) return `${prefix}${crypto.randomBytes(12).toString('hex')}`;
		return this.idStyle === 'gateway' ? `task_${crypto.randomBytes(16).toString('hex')}` : String(100000000 + Math.floor(Math.random() * 899999999));
	}

	planFor(body, vendor) {
		const base = { durationMs: this.sandbox.defaultDurationMs, outcome: 'success', size: this.resultSize };
		const text = JSON.stringify(body);
		const d = /\[sb:duration=(\d+)\]/.exec(text);
		if (d) base.durationMs = Number(d[1]);
		const f = /\[sb:fail=(\w+)\]/.exec(text);
		if (f) base.outcome = f[1];
		if (/\[sb:stuck\]/.test(text)) base.outcome = 'stuck';
		return { ...base, ...(this.plan ? this.plan(body, vendor) || {} : {}) };
	}

	create(vendor, body, extra = {}, idPrefix = '') {
		const plan = this.planFor(body, vendor);
		const job = { id: extra.id ?? this.newId(idPrefix), vendor, body, createdAt: Date.now(), ...plan, ...extra };
		this.jobs.set(job.id, job);
		this.quota -= 1;
		return job;
	}

	/** 'queued' for the first fifth, 'running' until the end, then the outcome. */
	phase(job) {
		const elapsed = Date.now() - job.createdAt;
		if (job.outcome === 'stuck') return elapsed < job.durationMs * 0.2 ? 'queued' : 'running';
		if (elapsed < job.durationMs * 0.2) return 'queued';
		if (elapsed < job.durationMs) return 'running';
		return job.outcome === 'success' ? 'succeeded' : 'failed';
	}

	progress(job) {
		return Math.min(100, Math.round(((Date.now() - job.createdAt) / Math.max(1, job.durationMs)) * 100));
	}

	fileUrl(job, ext, n = 0) {
		return this.sandbox.file(`${job.vendor}_${job.id}${n ? `_${n}` : ''}.${ext}`, job.size);
	}

	failMessage(job) {
		return job.outcome === 'moderation' ? 'content moderation: the prompt contains sensitive content' : 'upstream generation failed';
	}

	async handle({ req, res, url, body: raw, entry }) {
		const auth = req.headers.authorization || '';
		const token = auth.replace(/^Bearer\s+/i, '');
		if (token !== this.apiKey) return sendJson(res, 401, { error: { message: `invalid token: ${token || '(none)'}`, type: 'new_api_error', code: 'invalid_api_key' } });
		let body = {};
		if (raw.length) {
			try {
				body = parseJson(raw.toString());
			} catch {
				return sendJson(res, 400, { error: { message: 'invalid JSON body', type: 'invalid_request_error', code: 'invalid_request' } });
			}
		}
		entry.body = body;
		const path = url.pathname;
		const isSubmit = this.kind(req.method, path) === 'submit';
		if (isSubmit && this.quota <= 0) {
			if (path.startsWith('/v1/images')) return sendJson(res, 403, { error: { message: 'user quota is not enough', type: 'new_api_error', code: 'insufficient_user_quota' } });
			return sendJson(res, 403, { code: 'quota_not_enough', message: 'quota not enough', data: null });
		}
		const before = this.jobs.size;
		const answer = this.route(req, res, path, url, body);
		if (this.jobs.size > before) {
			entry.accepted = true;
			entry.taskId = [...this.jobs.keys()].pop();
		}
		return answer;
	}

	route(req, res, path, url, body) {
		const m = (re) => re.exec(path);
		let r;
		if (req.method === 'GET' && path === '/v1/models') return sendJson(res, 200, { success: true, object: 'list', data: MODELS });
		if (req.method === 'POST' && path === '/v1/images/generations') return this.images(res, body);
		if (req.method === 'POST' && (path === '/v1/video/generations' || path === '/v1/videos')) return this.videoSubmit(res, body, path === '/v1/videos');
		if (req.method === 'GET' && (r = m(/^\/v1\/video\/generations\/([^/]+)$/))) return this.videoTaskDto(res, r[1]);
		if (req.method === 'GET' && (r = m(/^\/v1\/videos\/([^/]+)\/content$/))) return this.videoContent(res, r[1]);
		if (req.method === 'GET' && (r = m(/^\/v1\/videos\/([^/]+)$/))) return this.videoOpenAi(res, r[1]);
		if ((r = m(/^(?:\/mj-(fast|relax|turbo))?\/mj\/(.+)$/))) return this.midjourney(req, res, r[2], body, r[1] || '');
		if (req.method === 'POST' && (r = m(/^\/suno\/submit\/(music|lyrics)$/))) return this.sunoSubmit(res, r[1], body);
		if (req.method === 'GET' && (r = m(/^\/suno\/fetch\/([^/]+)$/))) return this.sunoFetch(res, r[1]);
		if (req.method === 'POST' && path === '/luma/generations') return this.lumaSubmit(res, body);
		if (req.method === 'GET' && (r = m(/^\/luma\/generations\/([^/]+)$/))) return this.lumaFetch(res, r[1]);
		if (req.method === 'POST' && (r = m(/^\/kling\/v1\/videos\/(text2video|image2video)$/))) return this.klingSubmit(res, r[1], body);
		if (req.method === 'GET' && (r = m(/^\/kling\/v1\/videos\/(text2video|image2video)\/([^/]+)$/))) return this.klingFetch(res, r[1], r[2]);
		if (req.method === 'POST' && path === '/runwayml/v1/image_to_video') return this.runwaySubmit(req, res, body);
		if (req.method === 'GET' && (r = m(/^\/runwayml\/v1\/tasks\/([^/]+)$/))) return this.runwayFetch(res, r[1]);
		if (req.method === 'POST' && path === '/minimax/v1/video_generation') return this.minimaxSubmit(res, body);
		if (req.method === 'GET' && path === '/minimax/v1/query/video_generation') return this.minimaxQuery(res, url.searchParams.get('task_id'));
		if (req.method === 'GET' && path === '/minimax/v1/files/retrieve') return this.minimaxFile(res, url.searchParams.get('file_id'));
		if (req.method === 'POST' && (path === '/replicate/v1/predictions' || m(/^\/replicate\/v1\/models\/[\w.-]+\/[\w.-]+\/predictions$/))) return this.replicateSubmit(res, body, path);
		if (req.method === 'GET' && (r = m(/^\/replicate\/v1\/predictions\/([^/]+)$/))) return this.replicateFetch(res, r[1]);
		if ((r = m(/^\/(api\/v3|volc\/v1|volc\/v3|seedance\/v3)\/contents\/generations\/tasks(?:\/([^/]+))?$/))) {
			if (req.method === 'POST' && !r[2]) return this.arkSubmit(res, body);
			if (req.method === 'GET' && r[2]) return this.arkFetch(res, r[2]);
		}
		if (req.method === 'POST' && path === '/flux/v1/flux-pro-1.1') return this.fluxSubmit(res, body);
		if (req.method === 'GET' && path === '/flux/v1/get_result') return this.fluxFetch(res, url.searchParams.get('id'));
		return sendJson(res, 404, { error: { message: `Invalid URL (${req.method} ${path})`, type: 'invalid_request_error', code: '' } });
	}

	job(id, vendor) {
		const job = this.jobs.get(id);
		return job && (!vendor || job.vendor === vendor) ? job : undefined;
	}

	// ---------- unified video ----------
	videoSubmit(res, body, openAi) {
		if (typeof body.prompt !== 'string' || !body.prompt.trim()) return sendJson(res, 400, { code: 'invalid_request', message: 'prompt is required', data: null });
		if (!body.model) return sendJson(res, 400, { code: 'invalid_request', message: 'model is required', data: null });
		if (typeof body.metadata === 'string') {
			try {
				body.metadata = JSON.parse(body.metadata);
			} catch {
				return sendJson(res, 400, { code: 'invalid_request', message: 'metadata is not valid JSON', data: null });
			}
		}
		const job = this.create('video', body, { openAi });
		const created = Math.floor(job.createdAt / 1000);
		if (openAi) return sendJson(res, 200, { id: job.id, object: 'video', model: body.model, status: 'queued', progress: 0, created_at: created });
		return sendJson(res, 200, { id: job.id, task_id: job.id, object: 'video', model: body.model, status: '', progress: 0, created_at: created });
	}

	videoTaskDto(res, id) {
		const job = this.job(id, 'video');
		if (!job) return sendJson(res, 404, { code: 'task_not_exist', message: 'task_not_exist', data: null });
		const phase = this.phase(job);
		const status = { queued: 'SUBMITTED', running: 'IN_PROGRESS', succeeded: 'SUCCESS', failed: 'FAILURE' }[phase];
		const url = phase === 'succeeded' ? this.fileUrl(job, 'mp4') : '';
		const dto = {
			task_id: job.id,
			action: job.body.image || job.body.images ? 'generate' : 'textGenerate',
			status,
			fail_reason: phase === 'failed' ? this.failMessage(job) : '',
			submit_time: Math.floor(job.createdAt / 1000),
			start_time: Math.floor(job.createdAt / 1000),
			finish_time: phase === 'succeeded' || phase === 'failed' ? Math.floor(Date.now() / 1000) : 0,
			progress: `${phase === 'succeeded' ? 100 : Math.min(99, this.progress(job))}%`,
			data: phase === 'succeeded' ? { task_result: { videos: [{ id: 'v1', url, duration: '5' }] }, task_status: 'succeed' } : { task_status: 'processing' },
		};
		if (phase === 'succeeded' && this.resultField === 'result_url') dto.result_url = url;
		if (phase === 'succeeded' && this.resultField === 'fail_reason') dto.fail_reason = url;
		return sendJson(res, 200, { code: 'success', message: '', data: dto });
	}

	videoOpenAi(res, id) {
		const job = this.job(id, 'video');
		if (!job) return sendJson(res, 404, { error: { message: 'task_not_exist', type: 'invalid_request_error', code: 'task_not_exist' } });
		const phase = this.phase(job);
		const out = { id: job.id, object: 'video', model: job.body.model, status: { queued: 'queued', running: 'in_progress', succeeded: 'completed', failed: 'failed' }[phase], progress: phase === 'succeeded' ? 100 : this.progress(job), created_at: Math.floor(job.createdAt / 1000) };
		if (phase === 'failed') out.error = { message: this.failMessage(job), code: 'generation_failed' };
		// Sora-like channels give no URL: the video is served by /v1/videos/{id}/content.
		if (phase === 'succeeded' && !/sora/i.test(job.body.model)) out.metadata = { url: this.fileUrl(job, 'mp4') };
		return sendJson(res, 200, out);
	}

	videoContent(res, id) {
		const job = this.job(id, 'video');
		if (!job || this.phase(job) !== 'succeeded') return sendJson(res, 404, { error: { message: 'video not ready', code: 'not_found' } });
		if (this.contentRedirect) {
			res.writeHead(302, { location: this.fileUrl(job, 'mp4') });
			return res.end();
		}
		const { streamFile } = require('./files');
		return streamFile(res, 'mp4', job.size);
	}

	// ---------- images ----------
	images(res, body) {
		if (!body.prompt) return sendJson(res, 400, { error: { message: 'prompt is required', type: 'invalid_request_error', code: 'invalid_request' } });
		if (/\[sb:fail=moderation\]/.test(body.prompt)) return sendJson(res, 400, { error: { message: 'Your request was rejected by the safety system', type: 'invalid_request_error', code: 'content_policy_violation' } });
		const n = Math.max(1, Math.min(10, Number(body.n) || 1));
		const job = this.create('image', body, { size: 2048, durationMs: 0 });
		const { PNG_1X1 } = require('./files');
		const data = Array.from({ length: n }, (_, k) =>
			body.response_format === 'b64_json' ? { b64_json: PNG_1X1.toString('base64'), revised_prompt: body.prompt } : { url: this.sandbox.file(`image_${job.id}_${k}.png`, 2048), revised_prompt: body.prompt },
		);
		return sendJson(res, 200, { created: Math.floor(Date.now() / 1000), data });
	}

	// ---------- Midjourney ----------
	midjourney(req, res, rest, body, speed) {
		let r;
		if (req.method === 'POST' && (r = /^submit\/(imagine|action|blend|describe|modal)$/.exec(rest))) {
			const route = r[1];
			if (route === 'imagine') {
				if (!body.prompt) return sendJson(res, 200, { code: 4, description: 'prompt is required', result: null, properties: {} });
				if (/badword/i.test(body.prompt)) return sendJson(res, 200, { code: 24, description: 'banned prompt', result: null, properties: { bannedWord: 'badword' } });
				if (/\[sb:queuefull\]/.test(body.prompt)) return sendJson(res, 200, { code: 23, description: 'queue full, please try later', result: null, properties: {} });
			}
			if (route === 'action') {
				const parent = this.job(body.taskId, 'mj');
				if (!parent || this.phase(parent) !== 'succeeded') return sendJson(res, 200, { code: 4, description: 'task not found or not finished', result: null, properties: {} });
				if (!parent.buttons.some((b) => b.customId === body.customId)) return sendJson(res, 200, { code: 4, description: 'customId not found', result: null, properties: {} });
			}
			if (route === 'blend' && (!Array.isArray(body.base64Array) || body.base64Array.length < 2)) return sendJson(res, 200, { code: 4, description: 'base64Array needs 2-5 images', result: null, properties: {} });
			if (route === 'describe' && !body.base64) return sendJson(res, 200, { code: 4, description: 'base64 is required', result: null, properties: {} });
			const job = this.create('mj', body, { action: route.toUpperCase(), speed }, '');
			job.id = String(Date.now()) + String(Math.floor(Math.random() * 1000)).padStart(3, '0');
			this.jobs.delete([...this.jobs.keys()].pop());
			this.jobs.set(job.id, job);
			job.buttons = MJ_BUTTONS.map((label) => ({ customId: `MJ::JOB::${label}::${job.id}`, emoji: label === '🔄' ? '🔄' : '', label: label === '🔄' ? '' : label, type: 2, style: 2 }));
			return sendJson(res, 200, { code: 1, description: 'Submit success', result: job.id, properties: { discordInstanceId: 'sandbox' } });
		}
		if (req.method === 'GET' && (r = /^task\/([^/]+)\/fetch$/.exec(rest))) {
			const job = this.job(r[1], 'mj');
			if (!job) return sendJson(res, 404, { code: 3, description: 'task not found' });
			const phase = this.phase(job);
			const status = { queued: 'SUBMITTED', running: 'IN_PROGRESS', succeeded: 'SUCCESS', failed: 'FAILURE' }[phase];
			return sendJson(res, 200, {
				id: job.id,
				action: job.action,
				prompt: job.body.prompt ?? '',
				promptEn: job.body.prompt ?? '',
				description: job.action === 'DESCRIBE' && phase === 'succeeded' ? '1️⃣ a cat on a sofa --ar 1:1\n2️⃣ a cat, photo --ar 1:1' : '',
				status,
				progress: `${phase === 'succeeded' ? 100 : Math.min(99, this.progress(job))}%`,
				imageUrl: phase === 'succeeded' ? this.fileUrl(job, 'png') : '',
				failReason: phase === 'failed' ? this.failMessage(job) : '',
				submitTime: job.createdAt,
				buttons: phase === 'succeeded' && job.action !== 'DESCRIBE' ? job.buttons : [],
			});
		}
		return sendJson(res, 404, { code: 4, description: 'unknown mj route' });
	}

	// ---------- Suno ----------
	sunoSubmit(res, kind, body) {
		if (kind === 'music' && !body.prompt && !body.gpt_description_prompt && !body.make_instrumental) return sendJson(res, 400, { code: 'invalid_request', message: 'prompt or gpt_description_prompt is required', data: null });
		const job = this.create('suno', body, { action: kind === 'music' ? 'MUSIC' : 'LYRICS' });
		return sendJson(res, 200, { code: 'success', message: '', data: job.id });
	}

	sunoFetch(res, id) {
		const job = this.job(id, 'suno');
		if (!job) return sendJson(res, 404, { code: 'task_not_exist', message: 'task_not_exist', data: null });
		const phase = this.phase(job);
		const status = { queued: 'SUBMITTED', running: 'IN_PROGRESS', succeeded: 'SUCCESS', failed: 'FAILURE' }[phase];
		let data;
		if (job.action === 'LYRICS') data = phase === 'succeeded' ? { id: job.id, text: '[Verse]\nSandbox lyrics', title: 'Sandbox Song', status: 'complete' } : null;
		else
			data = [0, 1].map((k) => ({
				id: `${job.id}-clip${k}`,
				title: job.body.title || 'Sandbox Song',
				status: phase === 'succeeded' ? 'complete' : phase === 'running' ? 'streaming' : 'submitted',
				audio_url: phase === 'succeeded' ? this.fileUrl(job, 'mp3', k) : '',
				video_url: '',
				image_url: '',
				model_name: job.body.mv || 'chirp-v4',
				metadata: { tags: job.body.tags || '', prompt: job.body.prompt || '', duration: 120 + k, error_message: phase === 'failed' ? this.failMessage(job) : null },
			}));
		return sendJson(res, 200, { code: 'success', message: '', data: { task_id: job.id, action: job.action, status, fail_reason: phase === 'failed' ? this.failMessage(job) : '', progress: `${phase === 'succeeded' ? 100 : this.progress(job)}%`, data } });
	}

	// ---------- Luma (relay format) ----------
	lumaSubmit(res, body) {
		if (!body.prompt || !body.aspect_ratio) return sendJson(res, 400, { code: 'invalid_request', message: 'prompt and aspect_ratio are required', data: null });
		if (body.keyframes && body.keyframes.frame0 && body.keyframes.frame0.type === 'generation' && !this.job(body.keyframes.frame0.id, 'luma')) {
			return sendJson(res, 400, { code: 'invalid_request', message: 'generation to extend not found', data: null });
		}
		const id = crypto.randomUUID();
		const job = this.create('luma', body, { id });
		return sendJson(res, 201, { id: job.id, prompt: body.prompt, state: 'pending', created_at: new Date(job.createdAt).toISOString(), video: null, thumbnail: null, last_frame: null, estimate_wait_seconds: null });
	}

	lumaFetch(res, id) {
		const job = this.job(id, 'luma');
		if (!job) return sendJson(res, 404, { code: 'task_not_exist', message: 'generation not found', data: null });
		const phase = this.phase(job);
		const url = phase === 'succeeded' ? this.fileUrl(job, 'mp4') : null;
		return sendJson(res, 200, {
			id: job.id,
			prompt: job.body.prompt,
			state: { queued: 'pending', running: 'processing', succeeded: 'completed', failed: 'failed' }[phase],
			video: url ? { url, download_url: url, width: 1360, height: 752 } : null,
			thumbnail: url ? { url: this.fileUrl(job, 'png') } : null,
			failure_reason: phase === 'failed' ? this.failMessage(job) : null,
		});
	}

	// ---------- Kling (official format) ----------
	klingSubmit(res, kind, body) {
		if (kind === 'image2video' && !body.image) return sendJson(res, 400, { code: 1201, message: 'image is required', request_id: 'r', data: null });
		if (kind === 'text2video' && !body.prompt) return sendJson(res, 400, { code: 1201, message: 'prompt is required', request_id: 'r', data: null });
		if (JSON.stringify(body).includes('[sb:fail=moderation-submit]')) return sendJson(res, 200, { code: 1301, message: 'content risk', request_id: 'r', data: null });
		const job = this.create('kling', body, { kind, id: String(700000000000000000n + BigInt(this.jobs.size + 1)) });
		return sendJson(res, 200, { code: 0, message: 'SUCCEED', request_id: crypto.randomUUID(), data: { task_id: job.id, task_status: 'submitted', created_at: job.createdAt, updated_at: job.createdAt } });
	}

	klingFetch(res, kind, id) {
		const job = this.job(id, 'kling');
		if (!job || job.kind !== kind) return sendJson(res, 404, { code: 1203, message: 'task not found', request_id: 'r', data: null });
		const phase = this.phase(job);
		const data = { task_id: job.id, task_status: { queued: 'submitted', running: 'processing', succeeded: 'succeed', failed: 'failed' }[phase], task_status_msg: phase === 'failed' ? this.failMessage(job) : '', created_at: job.createdAt, updated_at: Date.now(), task_info: { external_task_id: job.body.external_task_id } };
		if (phase === 'succeeded') data.task_result = { videos: [{ id: `${job.id}-v`, url: this.fileUrl(job, 'mp4'), duration: String(job.body.duration || '5') }] };
		return sendJson(res, 200, { code: 0, message: 'SUCCEED', request_id: crypto.randomUUID(), data });
	}

	// ---------- Runway ----------
	runwaySubmit(req, res, body) {
		if (!req.headers['x-runway-version']) return sendJson(res, 400, { error: 'X-Runway-Version header is required' });
		if (!body.promptImage) return sendJson(res, 400, { error: 'promptImage is required' });
		const job = this.create('runway', body, { id: crypto.randomUUID() });
		return sendJson(res, 200, { id: job.id });
	}

	runwayFetch(res, id) {
		const job = this.job(id, 'runway');
		// A task just created is unknown for a moment.
		if (!job || Date.now() - job.createdAt < 30) return sendJson(res, 404, { code: 'task_not_exist', message: 'task_not_exist', data: null });
		const phase = this.phase(job);
		const out = { id: job.id, status: { queued: 'PENDING', running: 'RUNNING', succeeded: 'SUCCEEDED', failed: 'FAILED' }[phase], createdAt: new Date(job.createdAt).toISOString() };
		if (phase === 'running') out.progress = this.progress(job) / 100;
		if (phase === 'succeeded') out.output = [this.fileUrl(job, 'mp4')];
		if (phase === 'failed') Object.assign(out, { failure: this.failMessage(job), failureCode: job.outcome === 'moderation' ? 'SAFETY.INPUT.TEXT' : 'INTERNAL' });
		return sendJson(res, 200, out);
	}

	// ---------- MiniMax ----------
	minimaxSubmit(res, body) {
		const base = (code, msg) => ({ status_code: code, status_msg: msg });
		if (!body.model) return sendJson(res, 200, { task_id: '', base_resp: base(2013, 'invalid params: model') });
		if (/\[sb:fail=moderation-submit\]/.test(body.prompt || '')) return sendJson(res, 200, { task_id: '', base_resp: base(1026, 'input new_sensitive') });
		if (/\[sb:nobalance\]/.test(body.prompt || '')) return sendJson(res, 200, { task_id: '', base_resp: base(1008, 'insufficient balance') });
		const job = this.create('minimax', body, { id: String(300000000000000 + this.jobs.size + 1) });
		job.fileId = String(400000000000000 + this.jobs.size);
		return sendJson(res, 200, { task_id: job.id, base_resp: base(0, 'success') });
	}

	minimaxQuery(res, id) {
		const job = this.job(id, 'minimax');
		if (!job) return sendJson(res, 200, { task_id: id, status: '', base_resp: { status_code: 2013, status_msg: 'task not found' } });
		const phase = this.phase(job);
		const status = { queued: 'Queueing', running: 'Processing', succeeded: 'Success', failed: 'Fail' }[phase];
		if (this.minimaxStyle === 'taskdto') {
			const dtoStatus = { queued: 'QUEUED', running: 'IN_PROGRESS', succeeded: 'SUCCESS', failed: 'FAILURE' }[phase];
			const url = phase === 'succeeded' ? this.fileUrl(job, 'mp4') : undefined;
			return sendJson(res, 200, { code: 'success', message: '', data: { task_id: id, status: dtoStatus, fail_reason: phase === 'failed' ? this.failMessage(job) : phase === 'succeeded' ? job.fileId : '', progress: `${this.progress(job)}%`, data: { status, file_id: job.fileId, file: url ? { download_url: url } : undefined, base_resp: { status_code: 0, status_msg: 'success' } } } });
		}
		const baseResp = phase === 'failed' ? (job.outcome === 'moderation' ? { status_code: 1026, status_msg: 'output new_sensitive' } : { status_code: 1000, status_msg: 'unknown error' }) : { status_code: 0, status_msg: 'success' };
		return sendJson(res, 200, { task_id: id, status, file_id: phase === 'succeeded' ? job.fileId : '', video_width: 1366, video_height: 768, base_resp: baseResp });
	}

	minimaxFile(res, fileId) {
		const job = [...this.jobs.values()].find((j) => j.vendor === 'minimax' && j.fileId === fileId);
		if (!job) return sendJson(res, 200, { file: null, base_resp: { status_code: 1004, status_msg: 'file not found' } });
		return sendJson(res, 200, { file: { file_id: fileId, bytes: job.size, filename: 'output.mp4', download_url: this.fileUrl(job, 'mp4') }, base_resp: { status_code: 0, status_msg: 'success' } });
	}

	// ---------- Replicate ----------
	replicateSubmit(res, body, path) {
		if (!body.input || typeof body.input !== 'object') return sendJson(res, 422, { detail: 'input is required', status: 422 });
		if (path === '/replicate/v1/predictions' && !body.version) return sendJson(res, 422, { detail: 'version is required', status: 422 });
		const job = this.create('replicate', body, { id: crypto.randomBytes(13).toString('base64url').toLowerCase().slice(0, 26) });
		return sendJson(res, 201, { id: job.id, status: 'starting', input: body.input, output: null, error: null, urls: { get: `https://api.replicate.com/v1/predictions/${job.id}` } });
	}

	replicateFetch(res, id) {
		const job = this.job(id, 'replicate');
		if (!job) return sendJson(res, 404, { detail: 'Not found.', status: 404 });
		const phase = this.phase(job);
		const out = { id: job.id, status: { queued: 'starting', running: 'processing', succeeded: 'succeeded', failed: 'failed' }[phase], input: job.body.input, output: null, error: null, logs: '' };
		if (phase === 'succeeded') out.output = [this.fileUrl(job, 'png', 0), this.fileUrl(job, 'png', 1)];
		if (phase === 'failed') out.error = this.failMessage(job);
		return sendJson(res, 200, out);
	}

	// ---------- Volcengine Ark ----------
	arkSubmit(res, body) {
		if (!body.model || !Array.isArray(body.content) || !body.content.some((c) => c.type === 'text')) {
			return sendJson(res, 400, { error: { code: 'InvalidParameter', message: 'model and a text content item are required', type: 'BadRequest' } });
		}
		const job = this.create('ark', body, {}, 'cgt-');
		return sendJson(res, 200, { id: job.id });
	}

	arkFetch(res, id) {
		const job = this.job(id, 'ark');
		if (!job) return sendJson(res, 404, { error: { code: 'ResourceNotFound', message: 'task not found' } });
		const phase = this.phase(job);
		const out = { id: job.id, model: job.body.model, status: phase, created_at: Math.floor(job.createdAt / 1000), updated_at: Math.floor(Date.now() / 1000) };
		if (phase === 'succeeded') Object.assign(out, { content: { video_url: this.fileUrl(job, 'mp4') }, usage: { completion_tokens: 108900, total_tokens: 108900 }, duration: job.body.duration, ratio: job.body.ratio });
		if (phase === 'failed') out.error = { code: job.outcome === 'moderation' ? 'OutputVideoSensitiveContentDetected' : 'InternalServiceError', message: this.failMessage(job) };
		return sendJson(res, 200, out);
	}

	// ---------- a Flux-like route (for Custom Task) ----------
	fluxSubmit(res, body) {
		if (!body.prompt) return sendJson(res, 422, { detail: 'prompt is required' });
		const job = this.create('flux', body, { id: crypto.randomUUID() });
		return sendJson(res, 200, { id: job.id, polling_url: `/flux/v1/get_result?id=${job.id}` });
	}

	fluxFetch(res, id) {
		const job = this.job(id, 'flux');
		if (!job) return sendJson(res, 200, { id, status: 'Task not found', result: null });
		const phase = this.phase(job);
		const out = { id, status: { queued: 'Pending', running: 'Pending', succeeded: 'Ready', failed: 'Error' }[phase], progress: this.progress(job) / 100, result: null };
		if (phase === 'succeeded') out.result = { sample: this.fileUrl(job, 'png'), prompt: job.body.prompt };
		if (phase === 'failed') out.details = { message: this.failMessage(job) };
		return sendJson(res, 200, out);
	}
}

module.exports = { NewApiService };
