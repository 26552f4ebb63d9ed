import type { IDataObject } from 'n8n-workflow';

import { ProviderError } from '../shared/lifecycle/errors';
import type { FailureReason } from '../shared/lifecycle/types';
import type { OperationEnv } from '../shared/router';
import { httpStatusFailure, type ApiRequest, type ApiResponse } from '../shared/transport/http';
import { asNumber, asString, isRecord, parseJsonSafe } from '../shared/transport/json';

export const VECTCUT_CREDENTIAL = 'vectCutApi';

/**
 * VectCut answers in three envelopes (all with HTTP 200 on business errors):
 *  A. {success, error, output, purchase_link?}   — draft operations and render
 *  B. {task_id, status, …}                         — newer async skills
 *  C. {code: 200, message, data}                    — some /process tools
 */
export type Envelope = 'A' | 'B' | 'C';

/** Insufficient balance shows up as an error text (余额不足) and a purchase link. */
function reasonOf(text: string, purchaseLink?: string): FailureReason {
	if (purchaseLink || /余额不足|insufficient|balance|quota|credit/i.test(text)) return 'insufficient_credits';
	if (/审核|敏感|违规|moderat|sensitive/i.test(text)) return 'moderation';
	if (/not[\s_]?found|不存在/i.test(text)) return 'not_found';
	if (/required|invalid|missing|参数|must/i.test(text)) return 'invalid_input';
	return 'upstream_error';
}

function parse(response: ApiResponse, excerpt: (t: string) => string, taskId?: string): unknown {
	let body: unknown;
	try {
		body = response.text ? parseJsonSafe(response.text) : undefined;
	} catch {
		body = undefined;
	}
	if (response.status < 200 || response.status >= 300) {
		const message = isRecord(body) ? asString(body.error) ?? asString(body.message) ?? asString(body.detail) : undefined;
		throw httpStatusFailure(response, `VectCut answered HTTP ${response.status}: ${excerpt(message ?? response.text) || 'no body'}`, taskId);
	}
	if (body === undefined) {
		throw new ProviderError({ reason: 'upstream_error', code: null, message: `VectCut sent a response that is not JSON: ${excerpt(response.text) || 'empty body'}`, retryable: true }, { taskId, httpCode: response.status });
	}
	return body;
}

/** Throws the business error of an A/B/C envelope; returns the payload (`output`, the flat body, or `data`). */
export function readEnvelope(body: unknown, envelope: Envelope, excerpt: (t: string) => string, taskId?: string): unknown {
	const r = isRecord(body) ? body : {};
	let error: string | undefined;
	let payload: unknown;
	if (envelope === 'A') {
		if (r.success === true && !asString(r.error)) return r.output;
		error = asString(r.error) || (r.success === false ? 'the request failed without a message' : 'the answer has no "success" flag');
	} else if (envelope === 'C') {
		const code = asNumber(r.code);
		if (code === 200 || code === 0) return r.data;
		error = asString(r.message) ?? `code ${String(r.code)}`;
	} else {
		payload = body;
		if (r.success === false || (asString(r.error) && !asString(r.status))) error = asString(r.error) ?? asString(r.message) ?? 'the request failed';
		else return payload;
	}
	const purchase = asString(r.purchase_link);
	const reason = reasonOf(error, purchase);
	const message = `VectCut: ${excerpt(error)}`;
	throw new ProviderError(
		{ reason, code: null, message, retryable: false },
		{
			taskId,
			accepted: false,
			hint: reason === 'insufficient_credits' && purchase ? `Your VectCut balance is used up. Top up here: ${purchase}` : undefined,
		},
	);
}

export interface VectCutCall {
	method: ApiRequest['method'];
	/** For draft operations: the path after the draft-API prefix (e.g. /add_video). */
	op?: string;
	/** Any other path, taken as is (e.g. /process/…, /llm/…). */
	path?: string;
	body?: unknown;
	qs?: IDataObject;
	envelope: Envelope;
	taskId?: string;
	timeoutMs?: number;
}

const prefixes = new WeakMap<object, Promise<string>>();

/** The credential's draft-API prefix (/cut_jianying on the cloud, empty for a self-hosted server); read once per execution. */
export function draftPrefix(env: OperationEnv): Promise<string> {
	let prefix = prefixes.get(env.transport);
	if (!prefix) {
		prefix = env.ctx.getCredentials(VECTCUT_CREDENTIAL).then((c) => String(c.pathPrefix ?? '/cut_jianying').trim().replace(/\/+$/, ''));
		prefixes.set(env.transport, prefix);
	}
	return prefix;
}

export async function vectcutRequest(env: OperationEnv, call: VectCutCall): Promise<unknown> {
	const path = call.op !== undefined ? `${await draftPrefix(env)}${call.op}` : (call.path as string);
	const response = await env.transport.send({ method: call.method, path, body: call.body, qs: call.qs, timeoutMs: call.timeoutMs });
	const excerpt = (t: string) => env.transport.excerpt(t);
	return readEnvelope(parse(response, excerpt, call.taskId), call.envelope, excerpt, call.taskId);
}
