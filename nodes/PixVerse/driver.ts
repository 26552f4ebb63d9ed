import { InputError } from '../shared/lifecycle/errors';
import type { TaskDriver } from '../shared/lifecycle/runTask';
import type { OperationEnv } from '../shared/router';
import { PIXVERSE_POLICY, toVideoSnapshot } from './adapter';
import { pixverseRequest } from './transport';

/** Polls PixVerse video tasks. Submits carry a deterministic Ai-trace-id, so they are idempotent. */
export function videoTaskDriver(env: OperationEnv): TaskDriver {
	return {
		provider: 'pixverse',
		policy: PIXVERSE_POLICY,
		idempotentSubmit: true,
		poll: async (taskId) =>
			toVideoSnapshot(taskId, await pixverseRequest(env, { method: 'GET', path: `/openapi/v2/video/result/${taskId}`, taskId })),
	};
}

/** PixVerse ids are decimal int64 numbers; anything else cannot be one of its tasks. */
export function checkPixVerseId(value: unknown, field: string): string {
	const id = String(value ?? '').trim();
	if (!id) throw new InputError(field, `"${field}" is empty`);
	if (!/^\d{1,20}$/.test(id)) {
		throw new InputError(field, `"${field}" must be a PixVerse numeric ID, got "${id.slice(0, 60)}"`, 'Use the ID a PixVerse operation returned (a long number), not an ID from another service.');
	}
	return id;
}
