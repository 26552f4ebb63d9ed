import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { readJsonObjectParam } from '../../shared/descriptions/params';
import { InputError } from '../../shared/lifecycle/errors';
import type { OperationEnv } from '../../shared/router';
import { isRecord } from '../../shared/transport/json';

export type ModelKind = 'video' | 'image' | 'all';

const SEARCH_METHOD: Record<ModelKind, string> = { video: 'searchVideoModels', image: 'searchImageModels', all: 'searchModels' };

/** A model picker filled from the site's /v1/models, where free text is always allowed (lists go stale). */
export function modelField(kind: ModelKind, placeholder: string, name = 'model'): INodeProperties {
	return {
		displayName: 'Model',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: SEARCH_METHOD[kind], searchable: true } },
			{ displayName: 'By Name', name: 'id', type: 'string', placeholder },
		],
	};
}

export function readModel(env: OperationEnv, itemIndex: number, name = 'model'): string {
	const raw = env.ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const model = String((isRecord(raw) ? raw.value : raw) ?? '').trim();
	if (!model) throw new InputError('Model', '"Model" is empty', 'Pick a model from the list or type its name.');
	return model;
}

export function promptField(description = 'What to generate', required = true): INodeProperties {
	return { displayName: 'Prompt', name: 'prompt', type: 'string', typeOptions: { rows: 3 }, default: '', required, description };
}

export function readText(env: OperationEnv, itemIndex: number, name: string, label: string, required: boolean, max?: number): string {
	const value = String(env.ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (required && !value) throw new InputError(label, `"${label}" is empty`, `Enter a ${label.toLowerCase()}, or check that the expression resolves to text for this item.`);
	if (max !== undefined && value.length > max) throw new InputError(label, `"${label}" has ${value.length} characters; at most ${max} are allowed`);
	return value;
}

/** A JSON parameter given as an object or as text; must be a JSON object. */
export function readJsonObject(env: OperationEnv, itemIndex: number, name: string, label: string): IDataObject | undefined {
	return readJsonObjectParam(env.ctx, itemIndex, name, label);
}

export function jsonField(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'json', default: '{}', description };
}

export function readNumber(env: OperationEnv, itemIndex: number, name: string, label: string, opts: { min?: number; max?: number; integer?: boolean; allowed?: number[] } = {}): number | undefined {
	const raw = env.ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (raw === '' || raw === null || raw === undefined) return undefined;
	const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(n)) throw new InputError(label, `"${label}" must be a number, got "${String(raw)}"`);
	if (opts.integer && !Number.isInteger(n)) throw new InputError(label, `"${label}" must be a whole number, got ${n}`);
	if (opts.min !== undefined && n < opts.min) throw new InputError(label, `"${label}" must be at least ${opts.min}, got ${n}`);
	if (opts.max !== undefined && n > opts.max) throw new InputError(label, `"${label}" must be at most ${opts.max}, got ${n}`);
	if (opts.allowed && !opts.allowed.includes(n)) throw new InputError(label, `"${label}" must be one of ${opts.allowed.join(', ')}, got ${n}`);
	return n;
}

/** Images given as URLs or as input binary properties (sent as data URIs). */
export type ImageRef = { kind: 'url'; url: string } | { kind: 'binary'; property: string; mimeType: string };

export function imageFields(name: string, displayName: string, opts: { optional?: boolean; multiple?: boolean; description?: string } = {}): INodeProperties[] {
	const source = `${name}Source`;
	const options = [
		{ name: 'Binary Property', value: 'binary', description: 'From an input binary property (sent as a data URI)' },
		{ name: 'URL', value: 'url', description: 'A public image URL' },
	];
	if (opts.optional) options.unshift({ name: 'None', value: 'none', description: 'No image' });
	return [
		{ displayName: `${displayName}`, name: source, type: 'options', default: opts.optional ? 'none' : 'url', options, description: opts.description },
		{
			displayName: opts.multiple ? `${displayName} URLs` : `${displayName} URL`,
			name: `${name}Url`,
			type: 'string',
			default: '',
			required: true,
			description: opts.multiple ? 'One URL, or several separated by commas or new lines' : undefined,
			displayOptions: { show: { [source]: ['url'] } },
		},
		{
			displayName: opts.multiple ? `${displayName} Binary Properties` : `${displayName} Binary Property`,
			name: `${name}Binary`,
			type: 'string',
			default: 'data',
			required: true,
			description: opts.multiple ? 'One property name, or several separated by commas' : 'Name of the input binary property',
			displayOptions: { show: { [source]: ['binary'] } },
		},
	];
}

/** Reads an image input (no request). */
export function readImages(env: OperationEnv, itemIndex: number, name: string, displayName: string): ImageRef[] {
	const { ctx } = env;
	const source = ctx.getNodeParameter(`${name}Source`, itemIndex, 'none') as string;
	if (source === 'none') return [];
	if (source === 'binary') {
		const names = String(ctx.getNodeParameter(`${name}Binary`, itemIndex, 'data')).split(',').map((s) => s.trim()).filter(Boolean);
		const item = ctx.getInputData()[itemIndex];
		return names.map((property) => {
			const binary = item?.binary?.[property];
			if (!binary) throw new InputError(`${displayName} Binary Property`, `Item has no binary property "${property}" for "${displayName}"`, 'Check the binary property name, or use a URL.');
			if (binary.mimeType && !binary.mimeType.startsWith('image/')) {
				throw new InputError(`${displayName} Binary Property`, `Binary property "${property}" is ${binary.mimeType}, not an image`);
			}
			return { kind: 'binary', property, mimeType: binary.mimeType || 'image/png' } as ImageRef;
		});
	}
	const urls = String(ctx.getNodeParameter(`${name}Url`, itemIndex, '')).split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
	if (urls.length === 0) throw new InputError(`${displayName} URL`, `"${displayName} URL" is empty`);
	for (const url of urls) {
		if (!/^https?:\/\/\S+$/i.test(url) && !/^data:image\//.test(url)) {
			throw new InputError(`${displayName} URL`, `"${displayName} URL" must be an http(s) URL or a data URI, got "${url.slice(0, 80)}"`);
		}
	}
	return urls.map((url) => ({ kind: 'url', url }));
}

/** URL as is; binary as a base64 data URI (free: no request). */
export async function resolveImage(env: OperationEnv, itemIndex: number, ref: ImageRef, bare = false): Promise<string> {
	if (ref.kind === 'url') return ref.url;
	const buffer = await env.ctx.helpers.getBinaryDataBuffer(itemIndex, ref.property);
	const b64 = buffer.toString('base64');
	return bare ? b64 : `data:${ref.mimeType};base64,${b64}`;
}

export async function resolveImages(env: OperationEnv, itemIndex: number, refs: ImageRef[], bare = false): Promise<string[]> {
	const out: string[] = [];
	for (const ref of refs) out.push(await resolveImage(env, itemIndex, ref, bare));
	return out;
}

export function taskIdField(description: string): INodeProperties {
	return { displayName: 'Task ID', name: 'taskId', type: 'string', required: true, default: '={{ $json.taskId }}', description };
}

export function readTaskId(env: OperationEnv, itemIndex: number, pattern?: RegExp, what = 'task ID'): string {
	const id = String(env.ctx.getNodeParameter('taskId', itemIndex, '') ?? '').trim();
	if (!id) throw new InputError('Task ID', '"Task ID" is empty');
	if (/\s/.test(id) || id.length > 200) throw new InputError('Task ID', `"Task ID" does not look like a ${what}: "${id.slice(0, 60)}"`);
	if (pattern && !pattern.test(id)) throw new InputError('Task ID', `"Task ID" does not look like a ${what}: "${id.slice(0, 60)}"`, 'Use the ID this resource\'s generate operation returned, not an ID from another service.');
	return id;
}
