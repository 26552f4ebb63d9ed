import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { OperationEnv } from '../../../shared/router';
import { newApiRequest } from '../../transport';
import { arkDriver, arkTasksPath } from '../../vendors/ark';
import { readSubmittedId } from '../../vendors/video';
import { imageFields, jsonField, promptField, readImages, readJsonObject, readNumber, readText, resolveImage, type ImageRef } from '../fields';
import { generateOperation } from '../taskOps';

export const prefixField: INodeProperties = {
	displayName: 'Path Prefix',
	name: 'pathPrefix',
	type: 'string',
	default: '/api/v3',
	description: 'Where the site serves Ark\'s task API: /api/v3 (official and most relays), /volc/v1, /volc/v3 or /seedance/v3',
};

export function readPrefix(env: OperationEnv, i: number): string {
	const prefix = String(env.ctx.getNodeParameter('pathPrefix', i, '/api/v3') ?? '').trim() || '/api/v3';
	if (!/^\/[\w\-/]*$/.test(prefix)) throw new InputError('Path Prefix', `"Path Prefix" must be a path such as /api/v3, got "${prefix}"`);
	return prefix;
}

export const description: INodeProperties[] = [
	prefixField,
	{ displayName: 'Model', name: 'model', type: 'string', default: 'doubao-seedance-1-0-pro-250528', description: 'e.g. doubao-seedance-1-0-pro-250528, doubao-seedance-1-5-pro-251215' },
	promptField('What the video should show'),
	...imageFields('firstFrame', 'First Frame', { optional: true }),
	...imageFields('lastFrame', 'Last Frame', { optional: true }),
	{ displayName: 'Ratio', name: 'ratio', type: 'options', default: '16:9', options: ['adaptive', '16:9', '9:16', '1:1', '4:3', '3:4', '21:9'].map((r) => ({ name: r, value: r })) },
	{ displayName: 'Duration (Seconds)', name: 'duration', type: 'number', default: 5, typeOptions: { minValue: 2, maxValue: 12 } },
	{ displayName: 'Resolution', name: 'resolution', type: 'options', default: '720p', options: ['480p', '720p', '1080p'].map((r) => ({ name: r, value: r })) },
	jsonField('Additional Body Fields (JSON)', 'extraBody', 'Ark fields sent as they are, e.g. {"seed": 7, "camera_fixed": true, "generate_audio": true}'),
];

export const operation = generateOperation({
	read(env, i) {
		const body: IDataObject = {
			model: String(env.ctx.getNodeParameter('model', i, '') || '').trim(),
			ratio: String(env.ctx.getNodeParameter('ratio', i, '16:9')),
			duration: readNumber(env, i, 'duration', 'Duration', { min: 2, max: 12, integer: true }) ?? 5,
			resolution: String(env.ctx.getNodeParameter('resolution', i, '720p')),
		};
		if (!body.model) throw new InputError('Model', '"Model" is empty');
		Object.assign(body, readJsonObject(env, i, 'extraBody', 'Additional Body Fields (JSON)') ?? {});
		return {
			prefix: readPrefix(env, i),
			body,
			prompt: readText(env, i, 'prompt', 'Prompt', true),
			first: readImages(env, i, 'firstFrame', 'First Frame')[0] as ImageRef | undefined,
			last: readImages(env, i, 'lastFrame', 'Last Frame')[0] as ImageRef | undefined,
		};
	},
	driver: (env, _i, input) => arkDriver(env, input.prefix),
	route: (input) => ({ pathPrefix: input.prefix }),
	async submit(env, i, input) {
		const content: IDataObject[] = [{ type: 'text', text: input.prompt }];
		if (input.first) content.push({ type: 'image_url', image_url: { url: await resolveImage(env, i, input.first) }, role: 'first_frame' });
		if (input.last) content.push({ type: 'image_url', image_url: { url: await resolveImage(env, i, input.last) }, role: 'last_frame' });
		return readSubmittedId(await newApiRequest(env, { method: 'POST', path: arkTasksPath(input.prefix), body: { ...input.body, content } }));
	},
});
