import { createHash, randomUUID } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { OperationEnv } from '../shared/router';
import type { ApiRequest } from '../shared/transport/http';
import { stringifyJson } from '../shared/transport/json';
import { readEnvelope } from './adapter';

export const PIXVERSE_CREDENTIAL = 'pixVerseApi';

function asUuid(hex: string): string {
	const h = hex.slice(0, 32).split('');
	h[12] = '5';
	h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
	const s = h.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * The Ai-trace-id of a paid submit. PixVerse returns the earlier job for a repeated trace id
 * instead of generating again, so deriving it from the execution, node, run, item and request
 * body makes n8n's "Retry On Fail" (same execution, same run) pick up the job it already paid
 * for, while any other request gets a different id.
 */
export function submitTraceId(env: OperationEnv, itemIndex: number, path: string, body: unknown): string {
	const { ctx } = env;
	const node = ctx.getNode();
	// A node inside a loop runs several times per execution: the run index keeps those apart.
	const runIndex = Number(ctx.getWorkflowDataProxy(itemIndex).$runIndex ?? 0);
	const seed = [ctx.getExecutionId?.() ?? '', node.id ?? node.name, runIndex, itemIndex, path, stringifyJson(body)].join('\u0001');
	return asUuid(createHash('sha256').update(seed).digest('hex'));
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
