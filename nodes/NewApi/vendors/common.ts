import type { IDataObject } from 'n8n-workflow';

import type { FailureReason, OutputType, PollPolicy, TaskOutput, TaskSnapshot, TaskState } from '../../shared/lifecycle/types';
import { asNumber, asString, getPath, isRecord } from '../../shared/transport/json';

/** New API refreshes task status from upstream every 15 s: polling faster returns the same state. */
export const GATEWAY_POLICY: PollPolicy = {
	initialDelayMs: 15_000,
	intervalMs: 15_000,
	floorMs: 50,
	backoffFactor: 1.1,
	maxIntervalMs: 30_000,
	maxUnknownInARow: 20,
};

export function policyWith(overrides: Partial<PollPolicy>): PollPolicy {
	return { ...GATEWAY_POLICY, ...overrides };
}

export type StatusTable = Record<string, TaskState>;

/** Maps a raw status word through a table (case-insensitive); unknown words count as running. */
export function mapStatus(raw: unknown, table: StatusTable): { state: TaskState; unknown: boolean } {
	const word = asString(raw)?.trim();
	if (word === undefined || word === '') return { state: 'running', unknown: true };
	const hit = table[word] ?? table[word.toUpperCase()] ?? table[word.toLowerCase()];
	return hit ? { state: hit, unknown: false } : { state: 'running', unknown: true };
}

/** "45%", 45, 0.45 → 45; anything else → null. */
export function percent(value: unknown, fraction = false): number | null {
	if (typeof value === 'string') {
		const n = Number(value.replace('%', '').trim());
		return Number.isFinite(n) && value.trim() !== '' ? Math.max(0, Math.min(100, n)) : null;
	}
	const n = asNumber(value);
	if (n === undefined) return null;
	return Math.max(0, Math.min(100, fraction && n <= 1 ? n * 100 : n));
}

const MIME_BY_TYPE: Record<OutputType, string | undefined> = { video: 'video/mp4', image: undefined, audio: 'audio/mpeg', draft: undefined, text: 'text/plain' };

export function output(type: OutputType, url: string, extra: Partial<TaskOutput> = {}): TaskOutput {
	const mime = MIME_BY_TYPE[type];
	return { type, url, ...(mime ? { mimeType: mime } : {}), ...extra };
}

export function failureFor(reason: FailureReason, message: string, code: string | null = null, retryable = false) {
	return { reason, code, message, retryable };
}

/** Guesses a failure reason from a provider's failure text. */
export function reasonFromText(text: string): FailureReason {
	if (/moderat|sensitive|banned|nsfw|violat|审核|敏感|违规/i.test(text)) return 'moderation';
	if (/quota|balance|credit|余额|额度/i.test(text)) return 'insufficient_credits';
	if (/invalid|parameter|参数/i.test(text)) return 'invalid_input';
	return 'upstream_error';
}

export const TASK_DTO_STATUS: StatusTable = {
	NOT_START: 'queued',
	SUBMITTED: 'queued',
	QUEUED: 'queued',
	IN_PROGRESS: 'running',
	UNKNOWN: 'running',
	SUCCESS: 'succeeded',
	FAILURE: 'failed',
};

/** True for New API's task wrapper `{code: "success", data: {task_id?, status, …}}` or a bare TaskDto. */
export function taskDtoOf(body: unknown): IDataObject | undefined {
	if (!isRecord(body)) return undefined;
	const inner = isRecord(body.data) ? body.data : undefined;
	if (inner && typeof inner.status === 'string' && inner.status in TASK_DTO_STATUS) return inner as IDataObject;
	// A bare TaskDto uses the exact upper-case words; vendors' own words (MiniMax "Success") do not count.
	if (typeof body.status === 'string' && body.status in TASK_DTO_STATUS && ('fail_reason' in body || 'task_id' in body)) return body as IDataObject;
	return undefined;
}

/**
 * Reads New API's TaskDto: status words, "NN%" progress, and the result URL in `result_url`
 * (newer builds), else `fail_reason` (older builds put the URL there on success), else the
 * provider-native path inside `data`.
 */
export function taskDtoSnapshot(
	taskId: string,
	dto: IDataObject,
	type: OutputType,
	nativeUrls: (raw: unknown) => string[] = () => [],
): TaskSnapshot {
	const { state, unknown } = mapStatus(dto.status, TASK_DTO_STATUS);
	const failReason = asString(dto.fail_reason) ?? '';
	let urls: string[] = [];
	if (state === 'succeeded') {
		const direct = asString(dto.result_url) ?? (/^https?:\/\//.test(failReason) ? failReason : undefined);
		urls = direct ? [direct] : nativeUrls(dto.data);
	}
	return {
		taskId: asString(dto.task_id) ?? taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(dto.progress),
		outputs: urls.map((u) => output(type, u)),
		error: state === 'failed' ? failureFor(reasonFromText(failReason), failReason || 'The task failed without a reason') : null,
		raw: dto,
		unknownStatus: unknown,
	};
}

/** Collects http(s) URLs found at the given paths. */
export function urlsAt(raw: unknown, paths: string[]): string[] {
	const out: string[] = [];
	for (const path of paths) {
		const value = getPath(raw, path);
		const list = Array.isArray(value) ? value : [value];
		for (const v of list) {
			const s = asString(v) ?? (isRecord(v) ? asString(v.url) : undefined);
			if (s && /^https?:\/\//.test(s) && !out.includes(s)) out.push(s);
		}
	}
	return out;
}
