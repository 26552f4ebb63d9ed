import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { newApiRequest } from '../../transport';
import { RUNWAY_VERSION, runwayDriver } from '../../vendors/runway';
import { readSubmittedId } from '../../vendors/video';
import { imageFields, promptField, readImages, readNumber, readText, resolveImage, type ImageRef } from '../fields';
import { generateOperation } from '../taskOps';

const RATIOS = ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672', '1280:768', '768:1280'];

export const description: INodeProperties[] = [
	...imageFields('promptImage', 'Image', { description: 'The first frame' }),
	{ displayName: 'Model', name: 'model', type: 'options', default: 'gen4_turbo', options: [{ name: 'Gen-3 Alpha Turbo', value: 'gen3a_turbo' }, { name: 'Gen-4 Turbo', value: 'gen4_turbo' }] },
	promptField('What happens in the video', false),
	{ displayName: 'Ratio', name: 'ratio', type: 'options', default: '1280:720', options: RATIOS.map((r) => ({ name: r, value: r })) },
	{ displayName: 'Duration (Seconds)', name: 'duration', type: 'options', default: 5, options: [{ name: '5', value: 5 }, { name: '10', value: 10 }] },
	{ displayName: 'Seed', name: 'seed', type: 'number', default: '', description: 'Empty for a random seed' },
];

export const operation = generateOperation({
	read(env, i) {
		const image = readImages(env, i, 'promptImage', 'Image')[0] as ImageRef;
		const body: IDataObject = {
			model: String(env.ctx.getNodeParameter('model', i, 'gen4_turbo')),
			ratio: String(env.ctx.getNodeParameter('ratio', i, '1280:720')),
			duration: readNumber(env, i, 'duration', 'Duration', { allowed: [5, 10] }) ?? 5,
		};
		if (!RATIOS.includes(body.ratio as string)) throw new InputError('Ratio', `"Ratio" must be one of ${RATIOS.join(', ')}`);
		const prompt = readText(env, i, 'prompt', 'Prompt', false, 1000);
		if (prompt) body.promptText = prompt;
		const seed = readNumber(env, i, 'seed', 'Seed', { min: 0, max: 4294967295, integer: true });
		if (seed !== undefined) body.seed = seed;
		return { body, image };
	},
	driver: (env) => runwayDriver(env),
	async submit(env, i, input) {
		const body = { ...input.body, promptImage: await resolveImage(env, i, input.image) };
		return readSubmittedId(await newApiRequest(env, { method: 'POST', path: '/runwayml/v1/image_to_video', body, headers: { 'X-Runway-Version': RUNWAY_VERSION } }));
	},
});
