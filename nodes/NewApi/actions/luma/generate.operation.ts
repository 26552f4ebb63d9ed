import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { newApiRequest } from '../../transport';
import { lumaDriver } from '../../vendors/luma';
import { readSubmittedId } from '../../vendors/video';
import { imageFields, promptField, readImages, readText, resolveImage, type ImageRef } from '../fields';
import { generateOperation } from '../taskOps';

export const aspectRatios = ['16:9', '9:16', '1:1', '4:3', '3:4', '21:9', '9:21'];

export const description: INodeProperties[] = [
	promptField('What the video should show'),
	{ displayName: 'Aspect Ratio', name: 'aspectRatio', type: 'options', default: '16:9', options: aspectRatios.map((r) => ({ name: r, value: r })) },
	...imageFields('startFrame', 'Start Frame', { optional: true }),
	...imageFields('endFrame', 'End Frame', { optional: true }),
	{ displayName: 'Expand Prompt', name: 'expandPrompt', type: 'boolean', default: true, description: 'Whether Luma may enhance the prompt' },
	{ displayName: 'Loop', name: 'loop', type: 'boolean', default: false, description: 'Whether the video should loop seamlessly' },
];

export const operation = generateOperation({
	read(env, i) {
		const start = readImages(env, i, 'startFrame', 'Start Frame');
		const end = readImages(env, i, 'endFrame', 'End Frame');
		if (start.length > 1 || end.length > 1) throw new InputError(start.length > 1 ? 'Start Frame' : 'End Frame', 'Give one image per keyframe');
		return {
			body: {
				prompt: readText(env, i, 'prompt', 'Prompt', true),
				aspect_ratio: String(env.ctx.getNodeParameter('aspectRatio', i, '16:9')),
				expand_prompt: Boolean(env.ctx.getNodeParameter('expandPrompt', i, true)),
				loop: Boolean(env.ctx.getNodeParameter('loop', i, false)),
			} as IDataObject,
			start: start[0] as ImageRef | undefined,
			end: end[0] as ImageRef | undefined,
		};
	},
	driver: (env) => lumaDriver(env),
	async submit(env, i, input) {
		const keyframes: IDataObject = {};
		if (input.start) keyframes.frame0 = { type: 'image', url: await resolveImage(env, i, input.start) };
		if (input.end) keyframes.frame1 = { type: 'image', url: await resolveImage(env, i, input.end) };
		const body = { ...input.body, ...(Object.keys(keyframes).length ? { keyframes } : {}) };
		return readSubmittedId(await newApiRequest(env, { method: 'POST', path: '/luma/generations', body }));
	},
});
