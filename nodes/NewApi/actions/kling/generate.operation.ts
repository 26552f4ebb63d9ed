import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { idempotencyKey } from '../../../shared/transport/idempotency';
import { newApiRequest } from '../../transport';
import { klingDriver, readKlingSubmit, type KlingKind } from '../../vendors/kling';
import { imageFields, jsonField, promptField, readImages, readJsonObject, readText, resolveImage, type ImageRef } from '../fields';
import { generateOperation } from '../taskOps';

export const kindField: INodeProperties = {
	displayName: 'Kind',
	name: 'kind',
	type: 'options',
	default: 'text2video',
	options: [
		{ name: 'Image to Video', value: 'image2video' },
		{ name: 'Text to Video', value: 'text2video' },
	],
};

export const description: INodeProperties[] = [
	kindField,
	{ displayName: 'Model', name: 'modelName', type: 'string', default: 'kling-v2-1', description: 'e.g. kling-v1, kling-v1-6, kling-v2-1, kling-v2-5-turbo, kling-v2-6' },
	promptField('What the video should show', false),
	...imageFields('image', 'Image', { description: 'The first frame' }).map((f) => ({ ...f, displayOptions: { show: { ...(f.displayOptions?.show ?? {}), kind: ['image2video'] } } })),
	...imageFields('imageTail', 'End Frame', { optional: true }).map((f) => ({ ...f, displayOptions: { show: { ...(f.displayOptions?.show ?? {}), kind: ['image2video'] } } })),
	{ displayName: 'Mode', name: 'mode', type: 'options', default: 'std', options: [{ name: 'Pro', value: 'pro' }, { name: 'Standard', value: 'std' }] },
	{ displayName: 'Duration (Seconds)', name: 'duration', type: 'options', default: '5', options: [{ name: '5', value: '5' }, { name: '10', value: '10' }] },
	{ displayName: 'Aspect Ratio', name: 'aspectRatio', type: 'options', default: '16:9', options: ['16:9', '9:16', '1:1'].map((r) => ({ name: r, value: r })), displayOptions: { show: { kind: ['text2video'] } } },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'CFG Scale', name: 'cfgScale', type: 'number', default: 0.5, typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 } },
			{ displayName: 'Negative Prompt', name: 'negativePrompt', type: 'string', default: '' },
		],
	},
	jsonField('Additional Body Fields (JSON)', 'extraBody', 'Kling fields sent as they are, e.g. {"camera_control": {"type": "simple"}}'),
];

interface KlingInput {
	kind: KlingKind;
	body: IDataObject;
	image?: ImageRef;
	tail?: ImageRef;
}

export const operation = generateOperation({
	read(env, i): KlingInput {
		const kind = env.ctx.getNodeParameter('kind', i, 'text2video') as KlingKind;
		const prompt = readText(env, i, 'prompt', 'Prompt', kind === 'text2video', 2500);
		const body: IDataObject = {
			model_name: String(env.ctx.getNodeParameter('modelName', i, 'kling-v2-1') || 'kling-v2-1'),
			mode: String(env.ctx.getNodeParameter('mode', i, 'std')),
			duration: String(env.ctx.getNodeParameter('duration', i, '5')),
		};
		if (!['5', '10'].includes(body.duration as string)) throw new InputError('Duration', `"Duration" must be 5 or 10, got ${String(body.duration)}`);
		if (prompt) body.prompt = prompt;
		const add = env.ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
		if (add.negativePrompt) body.negative_prompt = String(add.negativePrompt);
		if (add.cfgScale !== undefined) {
			const cfg = Number(add.cfgScale);
			if (!(cfg >= 0 && cfg <= 1)) throw new InputError('CFG Scale', `"CFG Scale" must be between 0 and 1, got ${String(add.cfgScale)}`);
			body.cfg_scale = cfg;
		}
		let image: ImageRef | undefined;
		let tail: ImageRef | undefined;
		if (kind === 'image2video') {
			image = readImages(env, i, 'image', 'Image')[0];
			tail = readImages(env, i, 'imageTail', 'End Frame')[0];
		} else body.aspect_ratio = String(env.ctx.getNodeParameter('aspectRatio', i, '16:9'));
		Object.assign(body, readJsonObject(env, i, 'extraBody', 'Additional Body Fields (JSON)') ?? {});
		// Lets Kling (and the user) recognise a retried item: the same execution, node, run and item give the same id.
		body.external_task_id = `n8n-${idempotencyKey(env.ctx, i, `kling/${kind}`, body).slice(0, 32)}`;
		return { kind, body, image, tail };
	},
	driver: (env, _i, input) => klingDriver(env, input.kind),
	route: (input) => ({ klingKind: input.kind }),
	async submit(env, i, input) {
		const body = { ...input.body };
		// Kling takes a URL or bare base64 (no data: prefix).
		if (input.image) body.image = await resolveImage(env, i, input.image, true);
		if (input.tail) body.image_tail = await resolveImage(env, i, input.tail, true);
		return readKlingSubmit(await newApiRequest(env, { method: 'POST', path: `/kling/v1/videos/${input.kind}`, body }));
	},
});
