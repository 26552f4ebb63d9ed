import { ProviderError } from '../shared/lifecycle/errors';
import type { FailureReason, PollPolicy, TaskFailure, TaskSnapshot, TaskState } from '../shared/lifecycle/types';
import { asNumber, asString, isRecord, parseJsonSafe } from '../shared/transport/json';
import { httpStatusFailure, type ApiResponse } from '../shared/transport/http';
import type { PixVerseVideoResp } from './interfaces';

/** Every PixVerse status number and ErrCode lives here and nowhere else. */

export const PIXVERSE_POLICY: PollPolicy = {
	initialDelayMs: 5_000,
	intervalMs: 5_000,
	floorMs: 100,
	backoffFactor: 1.15,
	maxIntervalMs: 20_000,
	maxUnknownInARow: 20,
};

const STATUS: Record<number, { state: TaskState; reason?: FailureReason; message?: string }> = {
	1: { state: 'succeeded' },
	2: { state: 'queued' },
	3: { state: 'running' },
	5: { state: 'running' },
	6: { state: 'failed', reason: 'not_found', message: 'The video was deleted' },
	7: { state: 'failed', reason: 'moderation', message: 'The video failed content moderation (credits are refunded)' },
	8: { state: 'failed', reason: 'upstream_error', message: 'PixVerse failed to generate the video (credits are refunded)' },
};

interface ErrCodeInfo {
	reason: FailureReason;
	retryable: boolean;
	/** True when the request was refused before a job existed (safe to submit again). */
	refused?: boolean;
}

const ERR_CODES: Record<number, ErrCodeInfo> = {
	10001: { reason: 'auth', retryable: false, refused: true },
	10002: { reason: 'auth', retryable: false, refused: true },
	10003: { reason: 'auth', retryable: false, refused: true },
	10004: { reason: 'auth', retryable: false, refused: true },
	10005: { reason: 'auth', retryable: false, refused: true },
	400011: { reason: 'invalid_input', retryable: false, refused: true },
	400012: { reason: 'auth', retryable: false, refused: true },
	400013: { reason: 'invalid_input', retryable: false, refused: true },
	400017: { reason: 'invalid_input', retryable: false, refused: true },
	400018: { reason: 'invalid_input', retryable: false, refused: true },
	400019: { reason: 'invalid_input', retryable: false, refused: true },
	400032: { reason: 'invalid_input', retryable: false, refused: true },
	500008: { reason: 'not_found', retryable: false },
	500020: { reason: 'auth', retryable: false, refused: true },
	500030: { reason: 'invalid_input', retryable: false, refused: true },
	500031: { reason: 'invalid_input', retryable: false, refused: true },
	500032: { reason: 'invalid_input', retryable: false, refused: true },
	500033: { reason: 'invalid_input', retryable: false, refused: true },
	500041: { reason: 'upstream_error', retryable: true },
	500042: { reason: 'invalid_input', retryable: false, refused: true },
	500044: { reason: 'rate_limited', retryable: true, refused: true },
	500054: { reason: 'moderation', retryable: false, refused: true },
	500060: { reason: 'insufficient_credits', retryable: false, refused: true },
	500063: { reason: 'moderation', retryable: false, refused: true },
	500064: { reason: 'not_found', retryable: false },
	500069: { reason: 'rate_limited', retryable: true, refused: true },
	500070: { reason: 'invalid_input', retryable: false, refused: true },
	500071: { reason: 'invalid_input', retryable: false, refused: true },
	500090: { reason: 'insufficient_credits', retryable: false, refused: true },
	500100: { reason: 'upstream_error', retryable: true },
};

const HINTS: Partial<Record<number, string>> = {
	500044: 'Your PixVerse plan\'s concurrent-generation limit is reached. The node keeps the item queued; lower "Max Concurrent Tasks" to match your plan.',
	500090: 'Your PixVerse API credits are used up. Top up at platform.pixverse.ai (web-app credits do not count), then run again.',
	500054: 'PixVerse\'s moderation rejected the input image. Use another image.',
	500063: 'PixVerse\'s moderation rejected the prompt or input media. Change them and run again.',
};

/**
 * Reads a PixVerse response: HTTP status first, then the `{ErrCode, ErrMsg, Resp}` envelope
 * (HTTP 200 with ErrCode ≠ 0 is a failure). Returns `Resp`, with int64 ids as exact strings.
 */
export function readEnvelope(response: ApiResponse, excerpt: (text: string) => string, taskId?: string): unknown {
	let parsed: unknown;
	try {
		parsed = response.text ? parseJsonSafe(response.text) : undefined;
	} catch {
		parsed = undefined;
	}
	const envelope = isRecord(parsed) && 'ErrCode' in parsed ? parsed : undefined;
	if (!envelope) {
		if (response.status < 200 || response.status >= 300) {
			throw httpStatusFailure(response, `PixVerse answered HTTP ${response.status}: ${excerpt(response.text) || 'no body'}`, taskId);
		}
		throw new ProviderError(
			{ reason: 'upstream_error', code: null, message: `PixVerse sent a response that is not its JSON envelope: ${excerpt(response.text) || 'empty body'}`, retryable: true },
			{ taskId, httpCode: response.status },
		);
	}
	const code = asNumber(envelope.ErrCode) ?? -1;
	if (code === 0 && response.status >= 200 && response.status < 300) return envelope.Resp;
	if (code === 0) throw httpStatusFailure(response, `PixVerse answered HTTP ${response.status}`, taskId);
	const info: ErrCodeInfo = ERR_CODES[code] ?? {
		reason: response.status === 401 || response.status === 403 ? 'auth' : 'unknown',
		retryable: code === 99999,
	};
	const message = `PixVerse error ${code}: ${excerpt(asString(envelope.ErrMsg) ?? 'no message')}`;
	const failure: TaskFailure = { reason: info.reason, code: String(code), message, retryable: info.retryable };
	throw new ProviderError(failure, {
		taskId,
		httpCode: response.status,
		accepted: info.refused ? false : undefined,
		hint: HINTS[code],
	});
}

/** Translates `Resp` of /video/result/{id} into a canonical snapshot. */
export function toVideoSnapshot(taskId: string, resp: unknown): TaskSnapshot {
	const r = (isRecord(resp) ? resp : {}) as PixVerseVideoResp;
	const code = asNumber(r.status);
	const known = code !== undefined ? STATUS[code] : undefined;
	const state: TaskState = known?.state ?? 'running';
	const url = asString(r.url);
	const width = asNumber(r.outputWidth);
	const height = asNumber(r.outputHeight);
	const extras: Record<string, string | number | boolean | null> = {};
	if (r.credits !== undefined) extras.credits = asNumber(r.credits) ?? null;
	if (r.seed !== undefined) extras.seed = asNumber(r.seed) ?? null;
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : null,
		outputs:
			state === 'succeeded' && url
				? [{ type: 'video', url, mimeType: 'video/mp4', ...(width ? { width } : {}), ...(height ? { height } : {}) }]
				: [],
		error:
			state === 'failed' && known
				? { reason: known.reason ?? 'unknown', code: String(code), message: known.message ?? `PixVerse status ${code}`, retryable: false }
				: null,
		extras,
		raw: resp,
		unknownStatus: known === undefined,
	};
}

/** The id of a newly submitted video (`Resp.video_id`), as an exact string. */
export function readVideoId(resp: unknown): string {
	const id = isRecord(resp) ? asString(resp.video_id) : undefined;
	if (!id) {
		throw new ProviderError(
			{ reason: 'upstream_error', code: null, message: 'PixVerse accepted the request but returned no video_id', retryable: false },
			{ hint: 'Check your PixVerse dashboard for the job before submitting again.' },
		);
	}
	return id;
}
