import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, policyWith, reasonFromText, taskDtoOf, taskDtoSnapshot, urlsAt, type StatusTable } from './common';

/** Luma, the relay's own format (and the official state words). */

export const LUMA_POLICY = policyWith({ initialDelayMs: 10_000, intervalMs: 10_000 });

const LUMA_STATE: StatusTable = { pending: 'queued', queued: 'queued', processing: 'running', dreaming: 'running', completed: 'succeeded', failed: 'failed' };

export function lumaSnapshot(taskId: string, body: unknown): TaskSnapshot {
	const dto = taskDtoOf(body);
	if (dto) return taskDtoSnapshot(taskId, dto, 'video', (raw) => urlsAt(raw, ['video.download_url', 'video.url', 'assets.video']));
	const r = isRecord(body) ? body : {};
	const { state, unknown } = mapStatus(r.state ?? r.status, LUMA_STATE);
	// download_url is the relay's watermark-free link; video_raw is for VIP accounts.
	const url = urlsAt(r, ['video.download_url', 'video_raw.url', 'video.url', 'assets.video'])[0];
	const why = asString(r.failure_reason) ?? asString(r.fail_reason) ?? '';
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : null,
		outputs: state === 'succeeded' && url ? [output('video', url)] : [],
		error: state === 'failed' ? failureFor(reasonFromText(why), why || 'Luma failed the generation') : null,
		extras: { thumbnailUrl: urlsAt(r, ['thumbnail.url', 'thumbnail'])[0] ?? null },
		raw: body,
		unknownStatus: unknown,
	};
}

export function lumaDriver(env: OperationEnv): TaskDriver {
	return {
		provider: 'newapi',
		policy: LUMA_POLICY,
		idempotentSubmit: false,
		poll: async (taskId) => lumaSnapshot(taskId, await newApiRequest(env, { method: 'GET', path: `/luma/generations/${encodeURIComponent(taskId)}`, taskId })),
	};
}
