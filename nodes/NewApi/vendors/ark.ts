import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, policyWith, reasonFromText, taskDtoOf, taskDtoSnapshot, urlsAt, type StatusTable } from './common';

/** Volcengine Ark (Seedance) content-generation tasks. */

export const ARK_POLICY = policyWith({ initialDelayMs: 15_000, intervalMs: 15_000 });

const ARK_STATUS: StatusTable = { queued: 'queued', pending: 'queued', running: 'running', processing: 'running', succeeded: 'succeeded', failed: 'failed', cancelled: 'cancelled' };

export function arkTasksPath(prefix: string, id?: string): string {
	const base = `${prefix.replace(/\/+$/, '')}/contents/generations/tasks`;
	return id ? `${base}/${encodeURIComponent(id)}` : base;
}

export function arkSnapshot(taskId: string, body: unknown): TaskSnapshot {
	const dto = taskDtoOf(body);
	if (dto) return taskDtoSnapshot(taskId, dto, 'video', (raw) => urlsAt(raw, ['content.video_url']));
	const r = isRecord(body) ? body : {};
	const { state, unknown } = mapStatus(r.status, ARK_STATUS);
	const why = isRecord(r.error) ? asString(r.error.message) ?? '' : '';
	const url = urlsAt(r, ['content.video_url'])[0];
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : null,
		outputs: state === 'succeeded' && url ? [output('video', url)] : [],
		error: state === 'failed' ? failureFor(reasonFromText(why), why || 'The task failed', isRecord(r.error) ? asString(r.error.code) ?? null : null) : null,
		extras: { lastFrameUrl: urlsAt(r, ['content.last_frame_url'])[0] ?? null },
		raw: body,
		unknownStatus: unknown,
	};
}

export function arkDriver(env: OperationEnv, prefix: string): TaskDriver {
	return {
		provider: 'newapi',
		policy: ARK_POLICY,
		idempotentSubmit: false,
		poll: async (taskId) => arkSnapshot(taskId, await newApiRequest(env, { method: 'GET', path: arkTasksPath(prefix, taskId), taskId })),
	};
}
