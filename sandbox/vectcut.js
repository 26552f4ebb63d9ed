'use strict';
// VectCut (流光剪辑) simulator: the three envelopes (HTTP 200 with success:false for business
// errors, purchase_link when the balance is used up), a real in-memory draft that add_* calls
// modify, the type catalogs, and each async skill with its own status words.

const crypto = require('node:crypto');
const { parseJson, sendJson } = require('./wire');

const PREFIX = '/cut_jianying';
const TRACK_DEFAULTS = { video: 'video_main', audio: 'audio_main', image: 'image_main', text: 'text_main', subtitle: 'subtitle', effect: 'effect_01', sticker: 'sticker_main', filter: 'filter_01' };
const REQUIRED = { video: 'video_url', audio: 'audio_url', image: 'image_url', text: 'text', subtitle: 'srt', effect: 'effect_type', sticker: 'sticker_id', filter: 'filter_type' };
const CATALOGS = {
	get_font_types: ['思源黑体', '站酷快乐体', 'Poppins'],
	get_intro_animation_types: ['放大', '渐显', '向右滑动'],
	get_outro_animation_types: ['闪现', '渐隐'],
	get_combo_animation_types: ['摇摆', '旋转'],
	get_transition_types: ['上移', '叠化', '闪黑'],
	get_mask_types: ['矩形', '圆形', '爱心'],
	get_audio_effect_types: ['回音', '低音'],
	get_filter_types: ['清新', '胶片', '黑白'],
	get_text_intro_types: ['打字机', '弹入'],
	get_text_outro_types: ['渐隐', '弹出'],
	get_text_loop_anim_types: ['跳动'],
	get_video_scene_effect_types: ['下雨', '星火', '胶片框'],
	get_video_character_effect_types: ['大头', '描边'],
};
const RENDER_PHASES = ['PENDING', 'DOWNLOADING', 'PROCESSING', 'EXPORTING', 'UPLOADING'];

class VectCutService {
	constructor(sandbox, options = {}) {
		this.sandbox = sandbox;
		this.name = 'vectcut';
		this.options = options;
		this.reset();
	}

	reset() {
		const o = this.options;
		this.apiKey = o.apiKey ?? 'vc-sandbox-key';
		this.balance = o.balance ?? 1_000_000;
		this.purchaseLink = 'https://www.vectcut.com/pricing?from=sandbox';
		this.drafts = new Map();
		this.tasks = new Map();
		this.plan = undefined;
		this.resultSize = o.resultSize ?? 128 * 1024;
	}

	owns(path) {
		return path.startsWith(`${PREFIX}/`) || path.startsWith('/process/') || path.startsWith('/llm/');
	}

	kind(method, path) {
		if (/task_status|smart_subtitle_task_status/.test(path)) return 'poll';
		if (/generate_video|generate_ai_video|digital_human\/create|generate_smart_subtitle|submit_.*_task|generate_image|generate_speech/.test(path)) return 'submit';
		return 'other';
	}

	ok(res, output) {
		return sendJson(res, 200, { success: true, error: '', output });
	}

	fail(res, error, extra = {}) {
		return sendJson(res, 200, { success: false, error, output: '', ...extra });
	}

	draftUrl(id) {
		return `https://www.vectcut.com/draft/downloader?draft_id=${id}&is_capcut=0`;
	}

	newDraft(width = 1080, height = 1920, name = '') {
		const id = `dfd_cat_${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(4).toString('hex')}`;
		const draft = { draft_id: id, width, height, name, tracks: [] };
		this.drafts.set(id, draft);
		return draft;
	}

	/** Which task outcome a request asks for: [sb:fail] in any field, or the test's plan. */
	planFor(kind, body) {
		const text = JSON.stringify(body);
		const base = { durationMs: this.sandbox.defaultDurationMs, outcome: /\[sb:fail\]/.test(text) ? 'failed' : /\[sb:stuck\]/.test(text) ? 'stuck' : 'success', size: this.resultSize };
		return { ...base, ...(this.plan ? this.plan(kind, body) || {} : {}) };
	}

	newTask(kind, body, draftId) {
		const id = `${kind}_${crypto.randomBytes(8).toString('hex')}`;
		const task = { id, kind, body, draftId, createdAt: Date.now(), ...this.planFor(kind, body) };
		this.tasks.set(id, task);
		return task;
	}

	phase(task) {
		const f = (Date.now() - task.createdAt) / Math.max(1, task.durationMs);
		if (task.outcome === 'stuck') return { done: false, f: Math.min(f, 0.9) };
		return { done: f >= 1, f: Math.min(1, f) };
	}

	async handle({ req, res, url, body: raw, entry }) {
		const token = (req.headers.authorization || '').replace(/^Bearer\s+/i, '');
		if (token !== this.apiKey) return sendJson(res, 401, { success: false, error: 'Unauthorized: invalid api key' });
		let body = {};
		if (raw.length) {
			try {
				body = parseJson(raw.toString());
			} catch {
				return this.fail(res, 'invalid JSON body');
			}
		}
		entry.body = body;
		const path = url.pathname;
		const before = this.tasks.size;
		const out = this.route(req, res, path, url, body);
		if (this.tasks.size > before) {
			entry.accepted = true;
			entry.taskId = [...this.tasks.keys()].pop();
		}
		return out;
	}

	charge(res) {
		if (this.balance <= 0) {
			this.fail(res, '余额不足，请充值后再试 (insufficient balance)', { purchase_link: this.purchaseLink });
			return false;
		}
		this.balance -= 1;
		return true;
	}

	route(req, res, path, url, body) {
		const q = (k) => url.searchParams.get(k);
		if (path.startsWith('/process/')) return this.processTool(req, res, path, body, q);
		if (path === '/llm/tts/fish/clone_voice') return body.file_url ? sendJson(res, 200, { success: true, voice_id: `fish_${crypto.randomBytes(4).toString('hex')}` }) : sendJson(res, 200, { success: false, error: 'file_url is required' });
		if (!path.startsWith(PREFIX)) return sendJson(res, 404, { success: false, error: 'not found' });
		const op = path.slice(PREFIX.length + 1);
		if (req.method === 'GET' && CATALOGS[op]) return this.ok(res, CATALOGS[op].map((name) => ({ name })));
		if (op === 'create_draft') {
			const d = this.newDraft(body.width ?? 1080, body.height ?? 1920, body.name ?? '');
			return this.ok(res, { draft_id: d.draft_id, draft_url: this.draftUrl(d.draft_id) });
		}
		const add = /^add_(video|audio|image|text|subtitle|effect|sticker|filter)$/.exec(op);
		if (add) return this.addSegment(res, add[1], body);
		if (op === 'add_video_keyframe') return this.addKeyframe(res, body);
		if (op === 'query_script') {
			const d = this.drafts.get(body.draft_id);
			return d ? this.ok(res, JSON.stringify(d)) : this.fail(res, `draft_id ${body.draft_id} not found`);
		}
		if (op === 'save_draft') {
			const d = this.drafts.get(body.draft_id);
			return d ? this.ok(res, { success: true, draft_url: this.draftUrl(d.draft_id) }) : this.fail(res, `draft_id ${body.draft_id} not found`);
		}
		if (op === 'generate_video') {
			const d = this.drafts.get(body.draft_id);
			if (!d) return this.fail(res, `draft_id ${body.draft_id} not found`);
			if (!this.charge(res)) return undefined;
			const task = this.newTask('render', { ...body, name: d.name }, d.draft_id);
			return this.ok(res, { task_id: task.id });
		}
		if (op === 'task_status') return this.renderStatus(res, body.task_id);
		if (op === 'generate_ai_video') return this.aiVideo(res, body);
		if (op === 'aivideo/task_status') return this.skillStatus(res, q('task_id'), 'aiVideo');
		if (op === 'digital_human/create') return this.simpleSkill(res, 'digitalHuman', body, ['audio_url', 'video_url']);
		if (op === 'digital_human/task_status') return this.skillStatus(res, q('task_id'), 'digitalHuman');
		if (op === 'generate_smart_subtitle') return this.simpleSkill(res, 'smartSubtitle', body, ['agent_id', 'url']);
		if (op === 'smart_subtitle_task_status') return this.skillStatus(res, q('task_id'), 'smartSubtitle');
		if (op === 'generate_image') return this.generateImage(res, body);
		if (op === 'generate_speech') {
			if (!body.text || !body.voice_id) return this.fail(res, 'text and voice_id are required');
			if (!this.charge(res)) return undefined;
			return this.ok(res, { url: this.sandbox.file(`speech_${crypto.randomBytes(4).toString('hex')}.mp3`, 4096) });
		}
		if (op === 'get_duration') return body.url ? this.ok(res, { duration: 12.5, video_url: body.url }) : this.fail(res, 'url is required');
		if (['add_text_template', 'add_preset', 'presets', 'groups', 'search_sticker', 'search_artist', 'execute_workflow', 'minimax_clone', 'chat', 'model_list', 'smart_video_clip', 'smart_video_capture'].includes(op)) {
			return this.ok(res, { echo: body, op });
		}
		return sendJson(res, 404, { success: false, error: `unknown endpoint ${op}` });
	}

	addSegment(res, type, body) {
		const field = REQUIRED[type];
		if (body[field] === undefined || body[field] === '') return this.fail(res, `${field} is required`);
		let draft;
		if (body.draft_id) {
			draft = this.drafts.get(body.draft_id);
			if (!draft) return this.fail(res, `draft_id ${body.draft_id} not found`);
		} else draft = this.newDraft();
		const trackName = body.track_name || TRACK_DEFAULTS[type];
		let track = draft.tracks.find((t) => t.name === trackName);
		if (!track) {
			track = { name: trackName, type, segments: [] };
			draft.tracks.push(track);
		}
		const { draft_id: _ignored, ...segment } = body;
		track.segments.push(segment);
		return this.ok(res, { draft_id: draft.draft_id, draft_url: this.draftUrl(draft.draft_id) });
	}

	addKeyframe(res, body) {
		const draft = this.drafts.get(body.draft_id);
		if (!draft) return this.fail(res, `draft_id ${body.draft_id} not found`);
		const track = draft.tracks.find((t) => t.name === (body.track_name || 'video_main'));
		if (!track) return this.fail(res, `track ${body.track_name || 'video_main'} not found`);
		track.keyframes = [...(track.keyframes || []), { property_type: body.property_type, time: body.time, value: body.value }];
		return this.ok(res, { draft_id: draft.draft_id, draft_url: this.draftUrl(draft.draft_id) });
	}

	renderStatus(res, id) {
		const task = this.tasks.get(id);
		if (!task || task.kind !== 'render') return this.fail(res, `task ${id} not found`);
		const { done, f } = this.phase(task);
		if (!done) return this.ok(res, { status: RENDER_PHASES[Math.min(RENDER_PHASES.length - 1, Math.floor(f * RENDER_PHASES.length))], progress: Math.round(f * 100), success: false, result: '' });
		if (task.outcome !== 'success') return this.ok(res, { status: 'FAILURE', success: false, progress: 100, error: '渲染失败: 素材下载失败 (video_url returned 403)', result: '' });
		return this.ok(res, { status: 'SUCCESS', success: true, progress: 100, result: this.sandbox.file(`render_${task.id}.mp4`, task.size) });
	}

	aiVideo(res, body) {
		if ('duration' in body) return sendJson(res, 200, { success: false, error: 'unknown field duration; use gen_duration' });
		if (!body.prompt || !body.model || !body.resolution) return sendJson(res, 200, { success: false, error: 'prompt, model and resolution are required' });
		if (this.balance <= 0) return sendJson(res, 200, { success: false, error: '余额不足', purchase_link: this.purchaseLink });
		this.balance -= 1;
		const task = this.newTask('aiVideo', body, body.draft_id);
		return sendJson(res, 200, { task_id: task.id, status: 'processing' });
	}

	simpleSkill(res, kind, body, required) {
		for (const f of required) if (!body[f]) return sendJson(res, 200, { success: false, error: `${f} is required` });
		if (this.balance <= 0) return sendJson(res, 200, { success: false, error: '余额不足', purchase_link: this.purchaseLink });
		this.balance -= 1;
		const task = this.newTask(kind, body, body.draft_id);
		return sendJson(res, 200, { task_id: task.id, status: 'processing' });
	}

	skillStatus(res, id, kind) {
		const task = this.tasks.get(id);
		if (!task || task.kind !== kind) return sendJson(res, 200, { task_id: id, status: 'not_found', error: 'task not found' });
		const { done, f } = this.phase(task);
		const failed = done && task.outcome !== 'success';
		if (kind === 'digitalHuman') {
			if (failed) return sendJson(res, 200, { task_id: id, status: 'failed', error: 'face not detected' });
			return sendJson(res, 200, { task_id: id, task_status: done ? 1 : 0, digital_human_url: done ? this.sandbox.file(`human_${id}.mp4`, task.size) : '' });
		}
		if (!done) return sendJson(res, 200, { task_id: id, status: 'processing', progress: Math.round(f * 100) / 100 });
		if (failed) return sendJson(res, 200, { task_id: id, status: 'failed', error: 'generation failed: content rejected by moderation (审核未通过)' });
		if (kind === 'aiVideo') {
			const draft = task.draftId ? this.drafts.get(task.draftId) : undefined;
			if (draft) {
				let track = draft.tracks.find((t) => t.name === 'video_main');
				if (!track) draft.tracks.push((track = { name: 'video_main', type: 'video', segments: [] }));
				track.segments.push({ video_url: `ai:${id}` });
			}
			return sendJson(res, 200, { task_id: id, status: 'succeeded', progress: 100, video_url: this.sandbox.file(`aivideo_${id}.mp4`, task.size), ...(draft ? { draft_id: draft.draft_id, draft_url: this.draftUrl(draft.draft_id) } : {}) });
		}
		const draft = task.draftId ? this.drafts.get(task.draftId) : this.newDraft();
		return sendJson(res, 200, { task_id: id, status: 'success', result: { output: { draft_id: draft.draft_id, draft_url: this.draftUrl(draft.draft_id) } } });
	}

	generateImage(res, body) {
		if (!body.prompt) return this.fail(res, 'prompt is required');
		if (!this.charge(res)) return undefined;
		const image = this.sandbox.file(`image_${crypto.randomBytes(4).toString('hex')}.png`, 2048);
		if (!body.draft_id) return this.ok(res, { image_url: image });
		const r = this.addSegmentResult({ ...body, image_url: image });
		if (r.error) return this.fail(res, r.error);
		return this.ok(res, { draft_id: r.draft.draft_id, draft_url: this.draftUrl(r.draft.draft_id), image_url: image });
	}

	addSegmentResult(body) {
		const draft = this.drafts.get(body.draft_id);
		if (!draft) return { error: `draft_id ${body.draft_id} not found` };
		const name = body.track_name || 'image_main';
		let track = draft.tracks.find((t) => t.name === name);
		if (!track) draft.tracks.push((track = { name, type: 'image', segments: [] }));
		track.segments.push({ image_url: body.image_url, start: body.start, end: body.end });
		return { draft };
	}

	processTool(req, res, path, body, q) {
		const m = /^\/process\/(remove_bg|extract_audio|split_video)\/submit_task\/(.+)$/.exec(path);
		if (!m) return sendJson(res, 404, { success: false, error: 'not found' });
		const kind = { remove_bg: 'removeBackground', extract_audio: 'extractAudio', split_video: 'splitVideo' }[m[1]];
		if (m[2] === 'task_status') {
			const task = this.tasks.get(q('task_id'));
			if (!task || task.kind !== kind) return sendJson(res, 200, { task_id: q('task_id'), status: 'not_found' });
			const { done, f } = this.phase(task);
			if (!done) return sendJson(res, 200, { task_id: task.id, status: 'processing', progress: Math.round(f * 100) });
			if (task.outcome !== 'success') return sendJson(res, 200, { task_id: task.id, status: 'failed', error: 'processing failed' });
			if (kind === 'removeBackground') {
				const draft = task.draftId ? this.drafts.get(task.draftId) : this.newDraft();
				return sendJson(res, 200, { task_id: task.id, status: 'succeeded', result: { draft_id: draft.draft_id, draft_url: this.draftUrl(draft.draft_id) } });
			}
			const ext = kind === 'extractAudio' ? 'mp3' : 'mp4';
			return sendJson(res, 200, { task_id: task.id, status: 'success', result: { public_url: this.sandbox.file(`${kind}_${task.id}.${ext}`, task.size) } });
		}
		if (!body.video_url) return sendJson(res, 200, { success: false, error: 'video_url is required' });
		if (kind === 'splitVideo' && (body.end === undefined || body.end === '')) return sendJson(res, 200, { success: false, error: 'end is required' });
		const task = this.newTask(kind, body, body.draft_id);
		return sendJson(res, 200, { task_id: task.id, status: 'processing' });
	}
}

module.exports = { VectCutService };
