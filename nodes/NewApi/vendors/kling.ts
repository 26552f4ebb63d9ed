import { ProviderError } from '../../shared/lifecycle/errors';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asNumber, asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, policyWith, reasonFromText, taskDtoOf, taskDtoSnapshot, urlsAt, type StatusTable } from './common';
import { unifiedVideoSnapshot } from './video';

/** Kling's official words (code envelope, task_status) and the gateway's variants of them. */

export const KLING_POLICY = policyWith({ initialDelayMs: 15_000, intervalMs: 15_000 });
export type KlingKind = 'text2video' | 'image2video';

const KLING_STATUS: StatusTable = { submitted: 'queued', processing: 'running', succeed: 'succeeded', failed: 'failed' };

/** Kling business codes: 1000–1004 auth, 1102 balance, 1301 content, 1302/1303 rate (UNVERIFIED table). */
function klingFailure(code: number, message: string): ProviderError {
	const reason = code >= 1000 && code <= 1004 ? 'auth' : code === 1102 ? 'insufficient_credits' : code === 1301 ? 'moderation' : code === 1302 || code === 1303 ? 'rate_limited' : 'invalid_input';
	return new ProviderError(failureFor(reason, `Kling error ${code}: ${message}`, String(code), reason === 'rate_limited'), { accepted: false });
}

/** Native `{code: 0, data: {task_id}}`, or the gateway's OpenAI video object `{id, task_id}`. */
export function readKlingSubmit(body: unknown): string {
	const r = isRecord(body) ? body : {};
	const code = asNumber(r.code);
	if (code !== undefined && code !== 0) throw klingFailure(code, asString(r.message) ?? '');
	const id = (isRecord(r.data) ? asString(r.data.task_id) : undefined) ?? asString(r.task_id) ?? asString(r.id);
	if (!id) throw new ProviderError(failureFor('upstream_error', 'Kling accepted the request but returned no task_id'), { hint: 'Check the site\'s task log before submitting again.' });
	return id;
}

export function klingSnapshot(taskId: string, body: unknown): TaskSnapshot {
	const r = isRecord(body) ? body : {};
	const code = asNumber(r.code);
	if (code !== undefined && code !== 0) throw klingFailure(code, asString(r.message) ?? '');
	const dto = taskDtoOf(body);
	if (dto) return taskDtoSnapshot(taskId, dto, 'video', (raw) => urlsAt(raw, ['task_result.videos', 'data.task_result.videos']));
	const data = isRecord(r.data) ? r.data : {};
	// Some relays answer with the gateway's simplified shape {status, url}.
	if (!('task_status' in data) && typeof data.status === 'string') return unifiedVideoSnapshot(taskId, body);
	const { state, unknown } = mapStatus(data.task_status, KLING_STATUS);
	const why = asString(data.task_status_msg) ?? '';
	const videos = isRecord(data.task_result) && Array.isArray(data.task_result.videos) ? data.task_result.videos.filter(isRecord) : [];
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : null,
		outputs: state === 'succeeded' ? videos.filter((v) => asString(v.url)).map((v) => output('video', asString(v.url)!, { id: asString(v.id), ...(asNumber(v.duration) ? { durationSeconds: asNumber(v.duration) } : {}) })) : [],
		error: state === 'failed' ? failureFor(reasonFromText(why), why || 'Kling failed the task') : null,
		raw: body,
		unknownStatus: unknown,
	};
}

export function klingDriver(env: OperationEnv, kind: KlingKind): TaskDriver {
	return {
		provider: 'newapi',
		policy: KLING_POLICY,
		idempotentSubmit: false,
		poll: async (taskId) => klingSnapshot(taskId, await newApiRequest(env, { method: 'GET', path: `/kling/v1/videos/${kind}/${encodeURIComponent(taskId)}`, taskId })),
	};
}
