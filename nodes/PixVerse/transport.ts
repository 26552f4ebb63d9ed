import { randomUUID } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { OperationEnv } from '../shared/router';
import type { ApiRequest } from '../shared/transport/http';
import { asUuid, idempotencyKey } from '../shared/transport/idempotency';
import { readEnvelope } from './adapter';

export const PIXVERSE_CREDENTIAL = 'pixVerseApi';

/**
 * The Ai-trace-id of a paid submit. PixVerse returns the earlier job for a repeated trace id
 * instead of generating again, so a trace id derived from the execution, node, run, item and
 * request makes n8n's "Retry On Fail" pick up the job it already paid for, while any other
 * request gets a different id.
 */
export function submitTraceId(env: OperationEnv, itemIndex: number, path: string, body: unknown): string {
	return asUuid(idempotencyKey(env.ctx, itemIndex, path, body));
}

export interface PixVerseCall {
	method: ApiRequest['method'];
	path: string;
	body?: unknown;
	multipart?: ApiRequest['multipart'];
	qs?: IDataObject;
	/** Omit for a fresh trace id (every call except a paid submit). */
	traceId?: string;
	taskId?: string;
	timeoutMs?: number;
}

/** One PixVerse request; returns `Resp` or throws the classified error. */
export async function pixverseRequest(env: OperationEnv, call: PixVerseCall): Promise<unknown> {
	const response = await env.transport.send({
		method: call.method,
		path: call.path,
		body: call.body,
		multipart: call.multipart,
		qs: call.qs,
		timeoutMs: call.timeoutMs,
		headers: { 'Ai-trace-id': call.traceId ?? randomUUID() },
	});
	return readEnvelope(response, (t) => env.transport.excerpt(t), call.taskId);
}
