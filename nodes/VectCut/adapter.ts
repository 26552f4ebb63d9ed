import type { IDataObject } from 'n8n-workflow';

import type { TaskDriver } from '../shared/lifecycle/runTask';
import type { FailureReason, OutputType, PollPolicy, TaskOutput, TaskSnapshot, TaskState } from '../shared/lifecycle/types';
import type { OperationEnv } from '../shared/router';
import { asNumber, asString, getPath, isRecord } from '../shared/transport/json';
import { vectcutRequest } from './transport';

/** VectCut's status words for each kind of async task live here and nowhere else. */

export type VectCutTaskType = 'render' | 'aiVideo' | 'digitalHuman' | 'smartSubtitle' | 'removeBackground' | 'extractAudio' | 'splitVideo';

export const TASK_TYPES: VectCutTaskType[] = ['render', 'aiVideo', 'digitalHuman', 'smartSubtitle', 'removeBackground', 'extractAudio', 'splitVideo'];

const RENDER_STATUS: Record<string, TaskState> = {
	pending: 'queued',
	downloading: 'running',
	processing: 'running',
	exporting: 'running',
	uploading: 'running',
	success: 'succeeded',
	failure: 'failed',
};

/** The skills' flat statuses (lower-cased): several spellings of done and failed coexist. */
const SKILL_STATUS: Record<string, TaskState> = {
	pending: 'queued',
	queued: 'queued',
	submitted: 'queued',
	waiting: 'queued',
	processing: 'running',
	running: 'running',
	in_progress: 'running',
	success: 'succeeded',
	succeeded: 'succeeded',
	completed: 'succeeded',
	failed: 'failed',
	failure: 'failed',
	error: 'failed',
	not_found: 'failed',
	cancelled: 'cancelled',
	canceled: 'cancelled',
};

interface TaskKind {
	policy: PollPolicy;
	/** How to read one status: method, path, envelope. */
	poll: (id: string) => { method: 'GET' | 'POST'; op?: string; path?: string; body?: IDataObject; qs?: IDataObject; envelope: 'A' | 'B' };
	output: OutputType;
	/** Where result URLs may be, in order. */
	urls: string[];
}

const policy = (intervalMs: number, initialDelayMs = intervalMs): PollPolicy => ({ initialDelayMs, intervalMs, floorMs: 50, backoffFactor: 1.1, maxIntervalMs: 20_000, maxUnknownInARow: 20 });

const KINDS: Record<VectCutTaskType, TaskKind> = {
	render: { policy: policy(5_000), poll: (id) => ({ method: 'POST', op: '/task_status', body: { task_id: id }, envelope: 'A' }), output: 'video', urls: ['result', 'video_url', 'url'] },
	aiVideo: { policy: policy(5_000, 20_000), poll: (id) => ({ method: 'GET', op: '/aivideo/task_status', qs: { task_id: id }, envelope: 'B' }), output: 'video', urls: ['video_url', 'result.video_url', 'url'] },
	digitalHuman: { policy: policy(8_000, 20_000), poll: (id) => ({ method: 'GET', op: '/digital_human/task_status', qs: { task_id: id }, envelope: 'B' }), output: 'video', urls: ['digital_human_url', 'video_url', 'result_url', 'result.video_url'] },
	smartSubtitle: { policy: policy(5_000), poll: (id) => ({ method: 'GET', op: '/smart_subtitle_task_status', qs: { task_id: id }, envelope: 'B' }), output: 'draft', urls: ['result.output.draft_url', 'result.draft_url', 'draft_url'] },
	removeBackground: { policy: policy(5_000), poll: (id) => ({ method: 'GET', path: '/process/remove_bg/submit_task/task_status', qs: { task_id: id }, envelope: 'B' }), output: 'draft', urls: ['result.draft_url', 'result.video_url', 'result.public_url', 'draft_url'] },
	extractAudio: { policy: policy(2_000), poll: (id) => ({ method: 'GET', path: '/process/extract_audio/submit_task/task_status', qs: { task_id: id }, envelope: 'B' }), output: 'audio', urls: ['result.public_url', 'public_url'] },
	splitVideo: { policy: policy(2_000), poll: (id) => ({ method: 'GET', path: '/process/split_video/submit_task/task_status', qs: { task_id: id }, envelope: 'B' }), output: 'video', urls: ['result.public_url', 'public_url'] },
};

/** 0–1 or 0–100 → 0–100. */
function percent(value: unknown): number | null {
	const n = asNumber(value);
	if (n === undefined) return null;
	return Math.max(0, Math.min(100, n <= 1 && n > 0 ? n * 100 : n));
}

function firstUrl(body: unknown, paths: string[]): string | undefined {
	for (const path of paths) {
		const v = asString(getPath(body, path));
		if (v && /^https?:\/\//.test(v)) return v;
	}
	return undefined;
}

function failureReason(text: string): FailureReason {
	if (/余额不足|insufficient|balance/i.test(text)) return 'insufficient_credits';
	if (/审核|敏感|违规|moderat|sensitive/i.test(text)) return 'moderation';
	if (/not[\s_]?found/i.test(text)) return 'not_found';
	return 'upstream_error';
}

/** Reads one status answer of a task kind into a snapshot. */
export function toSnapshot(type: VectCutTaskType, taskId: string, payload: unknown): TaskSnapshot {
	const kind = KINDS[type];
	const r = isRecord(payload) ? payload : {};
	let state: TaskState;
	let unknown = false;
	if (type === 'render') {
		const word = (asString(r.status) ?? '').trim().toLowerCase();
		state = RENDER_STATUS[word] ?? 'running';
		unknown = !(word in RENDER_STATUS);
		// SUCCESS counts only together with success: true.
		if (state === 'succeeded' && r.success === false) state = 'failed';
	} else if (type === 'digitalHuman' && !asString(r.status)) {
		// Digital human reports done by a URL (and task_status 1), not by a status word.
		const done = Boolean(firstUrl(r, kind.urls)) && (r.task_status === undefined || asNumber(r.task_status) === 1);
		state = done ? 'succeeded' : 'running';
	} else {
		const word = (asString(r.status) ?? asString(getPath(r, 'result.status')) ?? asString(getPath(r, 'result.output.status')) ?? '').trim().toLowerCase();
		state = SKILL_STATUS[word] ?? 'running';
		unknown = !(word in SKILL_STATUS);
	}
	const url = state === 'succeeded' ? firstUrl(r, kind.urls) : undefined;
	const outputs: TaskOutput[] = [];
	if (url) outputs.push({ type: kind.output, url, ...(kind.output === 'video' ? { mimeType: 'video/mp4' } : kind.output === 'audio' ? { mimeType: 'audio/mpeg' } : {}) });
	const draftId = asString(r.draft_id) ?? asString(getPath(r, 'result.draft_id')) ?? asString(getPath(r, 'result.output.draft_id'));
	const draftUrl = asString(r.draft_url) ?? asString(getPath(r, 'result.draft_url')) ?? asString(getPath(r, 'result.output.draft_url'));
	if (draftUrl && kind.output !== 'draft' && state === 'succeeded') outputs.push({ type: 'draft', url: draftUrl });
	const why = asString(r.error) ?? asString(r.message) ?? asString(getPath(r, 'result.error')) ?? asString(r.draft_error) ?? '';
	if (state === 'succeeded' && outputs.length === 0) {
		return { taskId, state: 'failed', progress: 100, outputs, error: { reason: 'upstream_error', code: null, message: `VectCut reported success but gave no result URL${why ? `: ${why}` : ''}`, retryable: false }, raw: payload };
	}
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(r.progress),
		outputs,
		error: state === 'failed' || state === 'cancelled' ? { reason: failureReason(`${why} ${asString(r.status) ?? ''}`), code: asString(r.status) ?? null, message: why || `VectCut ended the task with status ${asString(r.status) ?? 'failed'}`, retryable: false } : null,
		extras: { ...(draftId ? { draftId } : {}), ...(draftUrl ? { draftUrl } : {}), taskType: type },
		raw: payload,
		unknownStatus: unknown,
	};
}

export function taskDriver(env: OperationEnv, type: VectCutTaskType): TaskDriver {
	const kind = KINDS[type];
	return {
		provider: 'vectcut',
		policy: kind.policy,
		// VectCut has no idempotency key: a submit is never repeated unless refused.
		idempotentSubmit: false,
		async poll(taskId) {
			const call = kind.poll(taskId);
			return toSnapshot(type, taskId, await vectcutRequest(env, { ...call, taskId }));
		},
	};
}

/** The task id of a submit answer (style A `output.task_id`, or flat `task_id` / `id`). */
export function readTaskId(payload: unknown): string | undefined {
	return asString(getPath(payload, 'task_id')) ?? asString(getPath(payload, 'id')) ?? asString(getPath(payload, 'output.task_id')) ?? asString(getPath(payload, 'output.id'));
}
