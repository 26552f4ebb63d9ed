import type { INodeProperties } from 'n8n-workflow';

import { imageFields, promptField, readImages, readText, resolveImages } from '../fields';
import { mjSubmitOperation, speedField } from './common';

export const description: INodeProperties[] = [
	promptField('The Midjourney prompt, parameters included (e.g. --ar 16:9 --v 6)'),
	{
		displayName: 'Bot',
		name: 'botType',
		type: 'options',
		default: 'MID_JOURNEY',
		options: [
			{ name: 'Midjourney', value: 'MID_JOURNEY' },
			{ name: 'Niji Journey', value: 'NIJI_JOURNEY' },
		],
	},
	...imageFields('reference', 'Reference Images', { optional: true, multiple: true }),
	speedField,
];

export const operation = mjSubmitOperation(
	'imagine',
	(env, i) => ({
		prompt: readText(env, i, 'prompt', 'Prompt', true, 8192),
		botType: String(env.ctx.getNodeParameter('botType', i, 'MID_JOURNEY')),
		references: readImages(env, i, 'reference', 'Reference Images'),
	}),
	async (env, i, input) => {
		const base64Array = await resolveImages(env, i, input.references.filter((r) => r.kind === 'binary'));
		const urls = input.references.filter((r) => r.kind === 'url').map((r) => (r as { url: string }).url);
		// Reference URLs go in front of the prompt, as Midjourney expects them.
		const prompt = [...urls, input.prompt].join(' ');
		return { prompt, botType: input.botType, ...(base64Array.length ? { base64Array } : {}) };
	},
);
