import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { OutputType, TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, policyWith, reasonFromText, type StatusTable } from './common';

export const REPLICATE_POLICY = policyWith({ initialDelayMs: 3_000, intervalMs: 4_000 });

const REPLICATE_STATUS: StatusTable = { starting: 'queued', processing: 'running', succeeded: 'succeeded', failed: 'failed', canceled: 'cancelled' };

function typeOf(url: string): OutputType {
	const ext = url.split('?')[0].split('.').pop()?.toLowerCase() ?? '';
	if (['mp4', 'mov', 'webm'].includes(ext)) return 'video';
	if (['mp3', 'wav', 'flac', 'm4a', 'ogg'].includes(ext)) return 'audio';
	if (['txt', 'json'].includes(ext)) return 'text';
	return 'image';
}

/** Every URL anywhere in a prediction's `output` (a string, a list, or an object of them). */
function collectUrls(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string' && /^https?:\/\//.test(value)) out.push(value);
	else if (Array.isArray(value)) value.forEach((v) => collectUrls(v, out));
	else if (isRecord(value)) Object.values(value).forEach((v) => collectUrls(v, out));
	return out;
}

export function replicateSnapshot(taskId: string, body: unknown): TaskSnapshot {
	const r = isRecord(body) ? body : {};
	const { state, unknown } = mapStatus(r.status, REPLICATE_STATUS);
	const why = asString(r.error) ?? '';
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : null,
		outputs: state === 'succeeded' ? collectUrls(r.output).map((u) => output(typeOf(u), u)) : [],
		error: state === 'failed' ? failureFor(reasonFromText(why), why || 'The prediction failed') : null,
		extras: { output: (r.output ?? null) as never },
		raw: body,
		unknownStatus: unknown,
	};
}

export function replicateDriver(env: OperationEnv): TaskDriver {
	return {
		provider: 'newapi',
		policy: REPLICATE_POLICY,
		idempotentSubmit: false,
		poll: async (taskId) => replicateSnapshot(taskId, await newApiRequest(env, { method: 'GET', path: `/replicate/v1/predictions/${encodeURIComponent(taskId)}`, taskId })),
	};
}
