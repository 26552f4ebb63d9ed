import type { IDataObject } from 'n8n-workflow';

import { ProviderError } from '../shared/lifecycle/errors';
import type { FailureReason } from '../shared/lifecycle/types';
import type { OperationEnv } from '../shared/router';
import { httpStatusFailure, parseRetryAfter, type ApiRequest, type ApiResponse } from '../shared/transport/http';
import { asString, isRecord, parseJsonSafe } from '../shared/transport/json';

export const NEWAPI_CREDENTIAL = 'newApiApi';

const QUOTA_CODES = new Set(['insufficient_user_quota', 'quota_not_enough', 'pre_consume_token_quota_failed', 'insufficient_quota']);

/** The error message and code out of any of New API's error bodies (OpenAI, task, MJ styles). */
function errorOf(body: unknown): { code?: string; message?: string } {
	if (!isRecord(body)) return {};
	if (isRecord(body.error)) return { code: asString(body.error.code) ?? asString(body.error.type), message: asString(body.error.message) };
	if (typeof body.error === 'string') return { message: body.error };
	const message = asString(body.message) ?? asString(body.description) ?? asString(body.msg);
	return { code: asString(body.code), message };
}

export function parseBody(response: ApiResponse): unknown {
	if (!response.text) return undefined;
	try {
		return parseJsonSafe(response.text);
	} catch {
		return undefined;
	}
}

/**
 * Reads a New API response. Non-2xx answers become classified errors (403 quota, 429 busy,
 * 400 invalid, 401 auth, 404 unknown task). 2xx answers that carry an OpenAI-style `error`
 * object are errors too. Returns the parsed body.
 */
export function readNewApi(response: ApiResponse, excerpt: (text: string) => string, taskId?: string): unknown {
	const body = parseBody(response);
	const ok = response.status >= 200 && response.status < 300;
	if (ok && body === undefined) {
		throw new ProviderError(
			{ reason: 'upstream_error', code: null, message: `The site sent a response that is not JSON: ${excerpt(response.text) || 'empty body'}`, retryable: true },
			{ taskId, httpCode: response.status },
		);
	}
	const { code, message } = errorOf(body);
	// A task object that failed also carries `error` (Ark, OpenAI videos): that is a task state, not a failed request.
	const isTaskObject = isRecord(body) && ('status' in body || 'id' in body);
	if (ok && !(isRecord(body) && isRecord(body.error) && !isTaskObject)) return body;
	const text = `${message ?? (excerpt(response.text) || `HTTP ${response.status}`)}`;
	const label = `New API error${code ? ` ${code}` : ''}: ${excerpt(text)}`;
	if (code && QUOTA_CODES.has(code)) {
		return fail('insufficient_credits', code, label, false, response, taskId, false);
	}
	if (response.status === 403) return fail('auth', code ?? '403', label, false, response, taskId, false);
	if (response.status === 404 || code === 'task_not_exist') return fail('not_found', code ?? '404', label, false, response, taskId);
	if (response.status === 400 || response.status === 422) return fail('invalid_input', code ?? String(response.status), label, false, response, taskId, false);
	if (code === 'fail_to_fetch_task') return fail('upstream_error', code, label, true, response, taskId);
	if (ok) return fail('upstream_error', code ?? null, label, false, response, taskId);
	throw httpStatusFailure(response, label, taskId);
}

function fail(reason: FailureReason, code: string | null, message: string, retryable: boolean, response: ApiResponse, taskId?: string, accepted?: boolean): never {
	throw new ProviderError(
		{ reason, code, message, retryable },
		{ taskId, httpCode: response.status, accepted, retryAfterMs: parseRetryAfter(response.headers['retry-after']) },
	);
}

export interface NewApiCall {
	method: ApiRequest['method'];
	path: string;
	body?: unknown;
	qs?: IDataObject;
	headers?: Record<string, string>;
	taskId?: string;
	timeoutMs?: number;
}

/** One request to the site; returns the parsed body or throws the classified error. */
export async function newApiRequest(env: OperationEnv, call: NewApiCall): Promise<unknown> {
	const response = await env.transport.send({ method: call.method, path: call.path, body: call.body, qs: call.qs, headers: call.headers, timeoutMs: call.timeoutMs });
	return readNewApi(response, (t) => env.transport.excerpt(t), call.taskId);
}
