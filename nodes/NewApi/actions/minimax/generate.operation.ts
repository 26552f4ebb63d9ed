import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { newApiRequest } from '../../transport';
import { miniMaxDriver, readMiniMaxSubmit } from '../../vendors/minimax';
import { imageFields, promptField, readImages, readText, resolveImage, type ImageRef } from '../fields';
import { generateOperation } from '../taskOps';

export const description: INodeProperties[] = [
	{ displayName: 'Model', name: 'model', type: 'string', default: 'MiniMax-Hailuo-02', description: 'e.g. MiniMax-Hailuo-02, MiniMax-Hailuo-2.3, T2V-01-Director, I2V-01' },
	promptField('What the video shows (camera commands such as [Pan left] are allowed)'),
	{ displayName: 'Duration (Seconds)', name: 'duration', type: 'options', default: 6, options: [{ name: '6', value: 6 }, { name: '10', value: 10 }] },
	{ displayName: 'Resolution', name: 'resolution', type: 'options', default: '768P', options: ['512P', '720P', '768P', '1080P'].map((r) => ({ name: r, value: r })) },
	{ displayName: 'Prompt Optimizer', name: 'promptOptimizer', type: 'boolean', default: true, description: 'Whether MiniMax may rewrite the prompt' },
	...imageFields('firstFrame', 'First Frame', { optional: true }),
	...imageFields('lastFrame', 'Last Frame', { optional: true }),
];

export const operation = generateOperation({
	read(env, i) {
		const duration = Number(env.ctx.getNodeParameter('duration', i, 6));
		const resolution = String(env.ctx.getNodeParameter('resolution', i, '768P'));
		if (![6, 10].includes(duration)) throw new InputError('Duration', `"Duration" must be 6 or 10, got ${duration}`);
		if (duration === 10 && resolution === '1080P') throw new InputError('Duration', 'MiniMax makes 1080P videos of 6 s only');
		const body: IDataObject = {
			model: String(env.ctx.getNodeParameter('model', i, 'MiniMax-Hailuo-02') || 'MiniMax-Hailuo-02'),
			prompt: readText(env, i, 'prompt', 'Prompt', true, 2000),
			duration,
			resolution,
			prompt_optimizer: Boolean(env.ctx.getNodeParameter('promptOptimizer', i, true)),
		};
		return { body, first: readImages(env, i, 'firstFrame', 'First Frame')[0] as ImageRef | undefined, last: readImages(env, i, 'lastFrame', 'Last Frame')[0] as ImageRef | undefined };
	},
	driver: (env) => miniMaxDriver(env),
	async submit(env, i, input) {
		const body = { ...input.body };
		if (input.first) body.first_frame_image = await resolveImage(env, i, input.first);
		if (input.last) body.last_frame_image = await resolveImage(env, i, input.last);
		return readMiniMaxSubmit(await newApiRequest(env, { method: 'POST', path: '/minimax/v1/video_generation', body }));
	},
});
