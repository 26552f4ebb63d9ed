import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { newApiRequest } from '../../transport';
import { readSunoSubmit, sunoDriver } from '../../vendors/suno';
import { readText } from '../fields';
import { generateOperation } from '../taskOps';

export const description: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		default: 'description',
		options: [
			{ name: 'Custom Lyrics', value: 'custom', description: 'You give the lyrics, style tags and title' },
			{ name: 'Description', value: 'description', description: 'Suno writes the song from a short description' },
		],
	},
	{ displayName: 'Description', name: 'gptDescription', type: 'string', typeOptions: { rows: 2 }, default: '', required: true, description: 'What the song is about', displayOptions: { show: { mode: ['description'] } } },
	{ displayName: 'Lyrics', name: 'lyrics', type: 'string', typeOptions: { rows: 6 }, default: '', required: true, displayOptions: { show: { mode: ['custom'], instrumental: [false] } } },
	{ displayName: 'Style Tags', name: 'tags', type: 'string', default: '', placeholder: 'pop, female vocals, upbeat', displayOptions: { show: { mode: ['custom'] } } },
	{ displayName: 'Title', name: 'title', type: 'string', default: '', displayOptions: { show: { mode: ['custom'] } } },
	{ displayName: 'Instrumental', name: 'instrumental', type: 'boolean', default: false, description: 'Whether the song has no vocals' },
	{ displayName: 'Model', name: 'mv', type: 'string', default: 'chirp-v4', placeholder: 'chirp-v4', description: 'Suno model, e.g. chirp-v3-5, chirp-v4, chirp-auk, chirp-v5' },
];

export const operation = generateOperation({
	read(env, i) {
		const mode = env.ctx.getNodeParameter('mode', i, 'description') as string;
		const instrumental = Boolean(env.ctx.getNodeParameter('instrumental', i, false));
		const body: IDataObject = { mv: String(env.ctx.getNodeParameter('mv', i, 'chirp-v4') || 'chirp-v4'), make_instrumental: instrumental };
		if (mode === 'custom') {
			body.prompt = instrumental ? '' : readText(env, i, 'lyrics', 'Lyrics', true, 5000);
			body.tags = readText(env, i, 'tags', 'Style Tags', false, 1000);
			body.title = readText(env, i, 'title', 'Title', false, 200);
		} else {
			body.gpt_description_prompt = readText(env, i, 'gptDescription', 'Description', true, 3000);
		}
		return body;
	},
	driver: (env) => sunoDriver(env),
	submit: async (env, _i, body) => readSunoSubmit(await newApiRequest(env, { method: 'POST', path: '/suno/submit/music', body })),
	splitOutputs: true,
});
