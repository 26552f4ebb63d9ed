import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../shared/lifecycle/types';
import { ProviderError } from '../../shared/lifecycle/errors';
import type { OperationEnv } from '../../shared/router';
import { asString, isRecord } from '../../shared/transport/json';
import { settle } from '../../shared/transport/retry';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, percent, policyWith, reasonFromText, taskDtoOf, taskDtoSnapshot, urlsAt, type StatusTable } from './common';

export const RUNWAY_POLICY = policyWith({ initialDelayMs: 10_000, intervalMs: 10_000 });
export const RUNWAY_VERSION = '2024-11-06';

const RUNWAY_STATUS: StatusTable = { PENDING: 'queued', THROTTLED: 'queued', RUNNING: 'running', SUCCEEDED: 'succeeded', FAILED: 'failed', CANCELLED: 'cancelled' };

export function runwaySnapshot(taskId: string, body: unknown): TaskSnapshot {
	const dto = taskDtoOf(body);
	if (dto) return taskDtoSnapshot(taskId, dto, 'video', (raw) => urlsAt(raw, ['output']));
	const r = isRecord(body) ? body : {};
	const { state, unknown } = mapStatus(r.status, RUNWAY_STATUS);
	const why = asString(r.failure) ?? '';
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(r.progress, true),
		outputs: state === 'succeeded' ? urlsAt(r, ['output']).map((u) => output('video', u)) : [],
		error: state === 'failed' ? failureFor(reasonFromText(why), why || 'Runway failed the task', asString(r.failureCode) ?? null) : null,
		raw: body,
		unknownStatus: unknown,
	};
}

export function runwayDriver(env: OperationEnv): TaskDriver {
	return {
		provider: 'newapi',
		policy: RUNWAY_POLICY,
		idempotentSubmit: false,
		async poll(taskId) {
			const answer = await settle(() => newApiRequest(env, { method: 'GET', path: `/runwayml/v1/tasks/${encodeURIComponent(taskId)}`, taskId, headers: { 'X-Runway-Version': RUNWAY_VERSION } }));
			if (answer.ok) return runwaySnapshot(taskId, answer.value);
			// A task just created can be unknown to the first poll: count it as still queued (a bounded number of times).
			if (answer.error instanceof ProviderError && answer.error.failure.reason === 'not_found') {
				return { taskId, state: 'queued', progress: null, outputs: [], error: null, unknownStatus: true };
			}
			throw answer.error;
		},
	};
}
