import type { IBinaryData, IDataObject, INodeProperties, NodeParameterValueType } from 'n8n-workflow';

import { downloadToBinary } from '../../shared/binary/download';
import { readJsonObjectParam } from '../../shared/descriptions/params';
import { InputError, ProviderError } from '../../shared/lifecycle/errors';
import { immediateResult } from '../../shared/lifecycle/output';
import type { TaskOutput } from '../../shared/lifecycle/types';
import type { OperationEnv, SimpleOperation, TaskOperation } from '../../shared/router';
import { asString, isRecord } from '../../shared/transport/json';
import { readTaskId, taskDriver, type VectCutTaskType } from '../adapter';
import { vectcutRequest, type Envelope } from '../transport';

export const draftIdField = (required = false, description?: string): INodeProperties => ({
	displayName: 'Draft ID',
	name: 'draftId',
	type: 'string',
	default: '={{ $json.draftId }}',
	required,
	description: description ?? (required ? 'The draft to work on (by default the draftId of the incoming item)' : 'The draft to add to (by default the draftId of the incoming item). Empty: VectCut creates a new draft.'),
});

export function readDraftId(env: OperationEnv, i: number, required: boolean): string | undefined {
	const id = String(env.ctx.getNodeParameter('draftId', i, '') ?? '').trim();
	if (!id && required) throw new InputError('Draft ID', '"Draft ID" is empty', 'Connect this node after a Create Draft, or enter a draft ID (dfd_…).');
	if (id && /\s/.test(id)) throw new InputError('Draft ID', `"Draft ID" does not look like a VectCut draft ID: "${id.slice(0, 60)}"`);
	return id || undefined;
}

export function readUrl(env: OperationEnv, i: number, name: string, label: string, required = true): string | undefined {
	const url = String(env.ctx.getNodeParameter(name, i, '') ?? '').trim();
	if (!url) {
		if (required) throw new InputError(label, `"${label}" is empty`);
		return undefined;
	}
	if (!/^https?:\/\/\S+$/i.test(url)) throw new InputError(label, `"${label}" must be an http(s) URL, got "${url.slice(0, 80)}"`);
	return url;
}

export function readString(env: OperationEnv, i: number, name: string, label: string, required = false): string | undefined {
	const value = String(env.ctx.getNodeParameter(name, i, '') ?? '').trim();
	if (!value && required) throw new InputError(label, `"${label}" is empty`);
	return value || undefined;
}

export function readNumberParam(env: OperationEnv, i: number, name: string, label: string, opts: { min?: number; max?: number } = {}): number | undefined {
	const raw = env.ctx.getNodeParameter(name, i, '') as NodeParameterValueType;
	if (raw === '' || raw === null || raw === undefined) return undefined;
	const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(n)) throw new InputError(label, `"${label}" must be a number, got "${String(raw)}"`);
	if (opts.min !== undefined && n < opts.min) throw new InputError(label, `"${label}" must be at least ${opts.min}, got ${n}`);
	if (opts.max !== undefined && n > opts.max) throw new InputError(label, `"${label}" must be at most ${opts.max}, got ${n}`);
	return n;
}

/** Start and end seconds: numbers, start ≥ 0, end > start. */
export function readSpan(env: OperationEnv, i: number, startName = 'start', endName = 'end'): { start?: number; end?: number } {
	const start = readNumberParam(env, i, startName, 'Start (Seconds)', { min: 0 });
	const end = readNumberParam(env, i, endName, 'End (Seconds)', { min: 0 });
	if (start !== undefined && end !== undefined && end > 0 && end <= start) throw new InputError('End (Seconds)', `"End" (${end}) must be after "Start" (${start})`);
	return { start, end };
}

export function additionalBodyField(description = 'Any other VectCut field, sent as it is, e.g. {"mask_type": "Circle"}'): INodeProperties {
	return { displayName: 'Additional Body Fields (JSON)', name: 'extraBody', type: 'json', default: '{}', description };
}

export function readExtraBody(env: OperationEnv, i: number): IDataObject {
	return readJsonObjectParam(env.ctx, i, 'extraBody', 'Additional Body Fields (JSON)') ?? {};
}

/** An options collection whose option names are VectCut's own field names. */
export function optionsCollection(options: INodeProperties[], displayName = 'Options'): INodeProperties {
	return {
		displayName,
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

export function readOptions(env: OperationEnv, i: number): IDataObject {
	const options = env.ctx.getNodeParameter('options', i, {}) as IDataObject;
	const out: IDataObject = {};
	for (const [k, v] of Object.entries(options ?? {})) if (v !== '' && v !== undefined && v !== null) out[k] = v;
	return out;
}

export const num = (displayName: string, name: string, def: number, description?: string): INodeProperties => ({ displayName, name, type: 'number', default: def, typeOptions: { numberPrecision: 2 }, ...(description ? { description } : {}) });
export const str = (displayName: string, name: string, def = '', description?: string): INodeProperties => ({ displayName, name, type: 'string', default: def, ...(description ? { description } : {}) });
export const bool = (displayName: string, name: string, def: boolean, description: string): INodeProperties => ({ displayName, name, type: 'boolean', default: def, description });
export const catalog = (displayName: string, name: string, method: string, description?: string): INodeProperties => ({
	displayName: `${displayName} Name or ID`,
	name,
	type: 'options',
	typeOptions: { loadOptionsMethod: method },
	default: '',
	description: `${description ? `${description}. ` : ''}Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

export function draftOutputs(payload: unknown): { outputs: TaskOutput[]; draftId?: string; draftUrl?: string } {
	const r = isRecord(payload) ? payload : {};
	const draftId = asString(r.draft_id);
	const draftUrl = asString(r.draft_url);
	return { outputs: draftUrl ? [{ type: 'draft', url: draftUrl }] : [], draftId, draftUrl };
}

/**
 * A synchronous draft operation (add_*, create_draft, …): POST the body, read envelope A, and
 * return the common shape with draftId and draftUrl so the next VectCut node needs no mapping.
 */
export function draftOperation(spec: {
	operation: string;
	op: string;
	method?: 'GET' | 'POST';
	envelope?: Envelope;
	build: (env: OperationEnv, i: number) => IDataObject | Promise<IDataObject>;
	extract?: (payload: unknown, body: IDataObject) => { outputs?: TaskOutput[]; extras?: IDataObject };
	/** Download the first output into binary data when the item asks for it. */
	downloadable?: boolean;
}): SimpleOperation<IDataObject> {
	return {
		kind: 'simple',
		prepare: (env, i) => spec.build(env, i),
		async execute(env, i, body) {
			const started = Date.now();
			const payload = await vectcutRequest(env, { method: spec.method ?? 'POST', op: spec.op, body: spec.method === 'GET' ? undefined : body, qs: spec.method === 'GET' ? body : undefined, envelope: spec.envelope ?? 'A' });
			const draft = draftOutputs(payload);
			const extra = spec.extract?.(payload, body) ?? {};
			const outputs = [...(extra.outputs ?? []), ...draft.outputs];
			const draftId = draft.draftId ?? (body.draft_id as string | undefined);
			const json = immediateResult('vectcut', spec.operation, started, outputs, {
				draftId: draftId ?? null,
				draftUrl: draft.draftUrl ?? null,
				...(extra.extras ?? {}),
			});
			let binary: Record<string, IBinaryData> | undefined;
			if (spec.downloadable && env.ctx.getNodeParameter('downloadResult', i, false) && outputs[0] && outputs[0].type !== 'draft') {
				const property = String(env.ctx.getNodeParameter('binaryPropertyName', i, 'data') || 'data');
				binary = { [property]: await downloadToBinary(env, outputs[0], spec.operation.replace('.', '_')) };
				json.outputs[0].binaryProperty = property;
			}
			return { json, ...(binary ? { binary } : {}) };
		},
	};
}

export const downloadFields: INodeProperties[] = [
	{ displayName: 'Download Result', name: 'downloadResult', type: 'boolean', default: false, description: 'Whether to download the result file into binary data' },
	{ displayName: 'Binary Property', name: 'binaryPropertyName', type: 'string', default: 'data', displayOptions: { show: { downloadResult: [true] } } },
];

/** An async skill: submit once (paid), then the engine waits with the task type's status words. */
export function skillOperation(spec: {
	type: VectCutTaskType;
	submit: { op?: string; path?: string; envelope: Envelope };
	build: (env: OperationEnv, i: number) => IDataObject;
	extras?: (body: IDataObject) => IDataObject;
}): TaskOperation {
	return {
		kind: 'task',
		mode: 'generate',
		async prepare(env, i) {
			const body = spec.build(env, i);
			return {
				mode: 'generate',
				driver: taskDriver(env, spec.type),
				extras: { taskType: spec.type, ...(spec.extras?.(body) ?? {}) },
				submit: async () => {
					const payload = await vectcutRequest(env, { method: 'POST', op: spec.submit.op, path: spec.submit.path, body, envelope: spec.submit.envelope });
					const taskId = readTaskId(payload);
					if (!taskId) throw new ProviderError({ reason: 'upstream_error', code: null, message: 'VectCut accepted the request but returned no task_id', retryable: false }, { hint: 'Check your VectCut task list before submitting again.' });
					return { taskId };
				},
			};
		},
	};
}
