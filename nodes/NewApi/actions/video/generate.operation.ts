import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { OperationEnv } from '../../../shared/router';
import { newApiRequest } from '../../transport';
import { readSubmittedId, videoDriver, type VideoApiStyle } from '../../vendors/video';
import { imageFields, jsonField, modelField, promptField, readImages, readJsonObject, readModel, readNumber, readText, resolveImages, type ImageRef } from '../fields';
import { generateOperation } from '../taskOps';

export const apiStyleField: INodeProperties = {
	displayName: 'Endpoint',
	name: 'apiStyle',
	type: 'options',
	default: 'unified',
	options: [
		{ name: 'Unified (/v1/video/generations)', value: 'unified', description: 'New API\'s task API: Kling, Jimeng, Vidu, Hailuo, Seedance, Veo …' },
		{ name: 'OpenAI Videos (/v1/videos)', value: 'openai', description: 'The OpenAI-style video API (Sora and compatible channels)' },
	],
};

export const description: INodeProperties[] = [
	apiStyleField,
	modelField('video', 'e.g. kling-v2-1, MiniMax-Hailuo-02, doubao-seedance-1-0-pro, sora-2'),
	promptField('What the video should show'),
	...imageFields('image', 'Image', { optional: true, multiple: true, description: 'Reference or first-frame image(s); their presence makes it image-to-video' }),
	{ displayName: 'Size', name: 'size', type: 'string', default: '', placeholder: '1280x720', description: 'Width x height, e.g. 1280x720 (16:9) or 720x1280 (9:16). Empty: the model\'s default.' },
	{ displayName: 'Duration (Seconds)', name: 'duration', type: 'number', default: 5, description: 'Length of the video. 0: the model\'s default.' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Mode', name: 'mode', type: 'string', default: '', placeholder: 'std', description: 'Provider mode, e.g. Kling std or pro' },
			{ displayName: 'Seconds (OpenAI Style)', name: 'seconds', type: 'string', default: '', description: 'Duration as the OpenAI/Sora API expects it, e.g. "8"' },
		],
	},
	jsonField('Metadata (JSON)', 'metadata', 'Provider-native fields merged into the upstream request, e.g. {"negative_prompt": "blur", "cfg_scale": 0.5} for Kling'),
];

interface VideoInput {
	style: VideoApiStyle;
	body: IDataObject;
	images: ImageRef[];
}

function read(env: OperationEnv, i: number): VideoInput {
	const style = env.ctx.getNodeParameter('apiStyle', i, 'unified') as VideoApiStyle;
	const body: IDataObject = { model: readModel(env, i), prompt: readText(env, i, 'prompt', 'Prompt', true) };
	const images = readImages(env, i, 'image', 'Image');
	const size = String(env.ctx.getNodeParameter('size', i, '') ?? '').trim();
	if (size && !/^\d{2,5}x\d{2,5}$/.test(size)) throw new InputError('Size', `"Size" must look like 1280x720, got "${size}"`);
	if (size) body.size = size;
	const duration = readNumber(env, i, 'duration', 'Duration', { min: 0, max: 600 });
	if (duration) body.duration = duration;
	const add = env.ctx.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (add.mode) body.mode = String(add.mode);
	if (add.seconds) body.seconds = String(add.seconds);
	const metadata = readJsonObject(env, i, 'metadata', 'Metadata (JSON)');
	if (metadata) body.metadata = metadata;
	if (style === 'openai') {
		if (duration && !body.seconds) body.seconds = String(duration);
		delete body.duration;
	}
	return { style, body, images };
}

export const operation = generateOperation({
	read,
	driver: (env, _i, input) => videoDriver(env, input.style),
	route: (input) => ({ apiStyle: input.style }),
	async submit(env, i, input) {
		const body = { ...input.body };
		const images = await resolveImages(env, i, input.images);
		if (input.style === 'openai') {
			if (images[0]) body.input_reference = images[0];
		} else if (images.length === 1) body.image = images[0];
		else if (images.length > 1) body.images = images;
		const path = input.style === 'openai' ? '/v1/videos' : '/v1/video/generations';
		return readSubmittedId(await newApiRequest(env, { method: 'POST', path, body }));
	},
});
