import { createHash } from 'crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

import { stringifyJson } from './json';

/**
 * A key that is the same when n8n repeats the same work and different otherwise: derived from
 * the execution, the node, the run (a node in a loop runs several times per execution), the
 * item, a scope (endpoint) and the request. n8n's "Retry On Fail" re-runs the node in the same
 * execution and run, so it reproduces the key; a new execution or another item never does.
 * Returns 64 hex characters.
 */
export function idempotencyKey(ctx: IExecuteFunctions, itemIndex: number, scope: string, request: unknown): string {
	const node = ctx.getNode();
	const runIndex = runIndexOf(ctx);
	const seed = [ctx.getExecutionId?.() ?? '', node.id ?? node.name, runIndex, itemIndex, scope, stringifyJson(request)].join('\u0001');
	return createHash('sha256').update(seed).digest('hex');
}

const runIndexes = new WeakMap<object, number>();

/** The node's run index is the same for every item of one execute() call: read it once (it builds a data proxy). */
function runIndexOf(ctx: IExecuteFunctions): number {
	let index = runIndexes.get(ctx);
	if (index === undefined) {
		index = Number(ctx.getWorkflowDataProxy(0).$runIndex ?? 0);
		runIndexes.set(ctx, index);
	}
	return index;
}

/** Formats 32+ hex characters as a UUID (version nibble 5, RFC 4122 variant). */
export function asUuid(hex: string): string {
	const h = hex.slice(0, 32).split('');
	h[12] = '5';
	h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
	const s = h.join('');
	return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
