import { ProviderError } from '../../shared/lifecycle/errors';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { FailureReason, TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asNumber, asString, getPath, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, policyWith, reasonFromText, taskDtoOf, taskDtoSnapshot, urlsAt, type StatusTable } from './common';

/** MiniMax / Hailuo words (status, base_resp codes) live only here. */

export const MINIMAX_POLICY = policyWith({ initialDelayMs: 15_000, intervalMs: 15_000 });

const MINIMAX_STATUS: StatusTable = { Preparing: 'queued', Queueing: 'queued', Processing: 'running', Success: 'succeeded', Fail: 'failed' };

const BASE_RESP: Record<number, { reason: FailureReason; retryable: boolean }> = {
	1002: { reason: 'rate_limited', retryable: true },
	1004: { reason: 'auth', retryable: false },
	1008: { reason: 'insufficient_credits', retryable: false },
	1026: { reason: 'moderation', retryable: false },
	2013: { reason: 'invalid_input', retryable: false },
	2049: { reason: 'auth', retryable: false },
};

/** Throws when `base_resp.status_code` is not 0 (HTTP 200 with an error). */
export function checkBaseResp(body: unknown, taskId?: string): void {
	const code = asNumber(getPath(body, 'base_resp.status_code'));
	if (code === undefined || code === 0) return;
	const info = BASE_RESP[code] ?? { reason: 'upstream_error' as FailureReason, retryable: false };
	const message = `MiniMax error ${code}: ${asString(getPath(body, 'base_resp.status_msg')) ?? ''}`;
	// A code in a submit answer means no task was created.
	throw new ProviderError(failureFor(info.reason, message, String(code), info.retryable), { taskId, accepted: taskId ? undefined : false });
}

export function readMiniMaxSubmit(body: unknown): string {
	checkBaseResp(body);
	const id = isRecord(body) ? asString(body.task_id) ?? asString(getPath(body, 'data.task_id')) ?? asString(body.id) : undefined;
	if (!id) throw new ProviderError(failureFor('upstream_error', 'MiniMax accepted the request but returned no task_id'), { hint: 'Check the site\'s task log before submitting again.' });
	return id;
}

/** Status only; the download URL needs the extra files/retrieve step (see the driver). */
export function miniMaxStatus(taskId: string, body: unknown): TaskSnapshot & { fileId?: string } {
	const dto = taskDtoOf(body);
	const native = isRecord(body) && !dto ? mapStatus(body.status, MINIMAX_STATUS) : undefined;
	// A failed task reports why in base_resp; any other non-zero base_resp is an error of the query itself.
	if (native?.state !== 'failed') checkBaseResp(body, taskId);
	if (dto) {
		// New API forks wrap it: data.data.file.download_url, or the file id in fail_reason.
		const snap = taskDtoSnapshot(taskId, dto, 'video', (raw) => urlsAt(raw, ['file.download_url', 'file.backup_download_url']));
		const fileId = asString(getPath(dto, 'data.file_id')) ?? (snap.state === 'succeeded' && snap.outputs.length === 0 ? asString(dto.fail_reason) : undefined);
		return { ...snap, fileId };
	}
	const r = isRecord(body) ? body : {};
	const { state, unknown } = native ?? mapStatus(r.status, MINIMAX_STATUS);
	const code = asNumber(getPath(body, 'base_resp.status_code'));
	const why = asString(r.error_message) ?? (code ? `${code} ${asString(getPath(body, 'base_resp.status_msg')) ?? ''}` : '');
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : null,
		outputs: [],
		error: state === 'failed' ? failureFor(code && BASE_RESP[code] ? BASE_RESP[code].reason : reasonFromText(why), why || 'MiniMax failed the video', code ? String(code) : null) : null,
		raw: body,
		unknownStatus: unknown,
		fileId: asString(r.file_id),
	};
}

export function miniMaxDriver(env: OperationEnv): TaskDriver {
	return {
		provider: 'newapi',
		policy: MINIMAX_POLICY,
		idempotentSubmit: false,
		async poll(taskId) {
			const body = await newApiRequest(env, { method: 'GET', path: '/minimax/v1/query/video_generation', qs: { task_id: taskId }, taskId });
			const { fileId, ...snap } = miniMaxStatus(taskId, body);
			if (snap.state !== 'succeeded' || snap.outputs.length > 0) return snap;
			if (!fileId) return { ...snap, state: 'failed', error: failureFor('upstream_error', 'MiniMax reported success without a file_id') };
			const file = await newApiRequest(env, { method: 'GET', path: '/minimax/v1/files/retrieve', qs: { file_id: fileId }, taskId });
			checkBaseResp(file, taskId);
			const url = urlsAt(file, ['file.download_url', 'file.backup_download_url', 'data.file.download_url'])[0];
			if (!url) return { ...snap, state: 'failed', error: failureFor('upstream_error', `MiniMax file ${fileId} has no download URL`) };
			return { ...snap, outputs: [output('video', url, { id: fileId })], extras: { fileId } };
		},
	};
}
