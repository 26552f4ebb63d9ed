import type { INodeProperties } from 'n8n-workflow';

import { newApiRequest } from '../../transport';
import { lumaDriver } from '../../vendors/luma';
import { readSubmittedId } from '../../vendors/video';
import { promptField, readTaskId, readText } from '../fields';
import { generateOperation } from '../taskOps';
import { aspectRatios } from './generate.operation';

export const description: INodeProperties[] = [
	{ displayName: 'Generation ID', name: 'taskId', type: 'string', required: true, default: '={{ $json.taskId }}', description: 'The finished Luma generation to continue' },
	promptField('How the video continues'),
	{ displayName: 'Aspect Ratio', name: 'aspectRatio', type: 'options', default: '16:9', options: aspectRatios.map((r) => ({ name: r, value: r })) },
];

export const operation = generateOperation({
	read: (env, i) => ({
		prompt: readText(env, i, 'prompt', 'Prompt', true),
		aspect_ratio: String(env.ctx.getNodeParameter('aspectRatio', i, '16:9')),
		keyframes: { frame0: { type: 'generation', id: readTaskId(env, i) } },
	}),
	driver: (env) => lumaDriver(env),
	submit: async (env, _i, body) => readSubmittedId(await newApiRequest(env, { method: 'POST', path: '/luma/generations', body })),
});
