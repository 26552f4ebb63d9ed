import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { newApiRequest } from '../../transport';
import { replicateDriver } from '../../vendors/replicate';
import { readSubmittedId } from '../../vendors/video';
import { readJsonObject } from '../fields';
import { generateOperation } from '../taskOps';

export const description: INodeProperties[] = [
	{
		displayName: 'Model or Version',
		name: 'model',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'black-forest-labs/flux-schnell',
		description: 'An owner/name model (official models), or a 64-character version hash',
	},
	{ displayName: 'Input (JSON)', name: 'input', type: 'json', default: '{\n  "prompt": ""\n}', required: true, description: 'The model\'s input, as in its API page on Replicate' },
];

export const operation = generateOperation({
	read(env, i) {
		const model = String(env.ctx.getNodeParameter('model', i, '') ?? '').trim();
		if (!model) throw new InputError('Model or Version', '"Model or Version" is empty');
		const isVersion = /^[0-9a-f]{64}$/.test(model) || model.includes(':');
		if (!isVersion && !/^[\w.-]+\/[\w.-]+$/.test(model)) throw new InputError('Model or Version', `"Model or Version" must be owner/name or a version hash, got "${model}"`);
		const input = readJsonObject(env, i, 'input', 'Input (JSON)');
		if (!input) throw new InputError('Input (JSON)', '"Input (JSON)" is empty');
		return { model, isVersion, input };
	},
	driver: (env) => replicateDriver(env),
	async submit(env, _i, r) {
		const path = r.isVersion ? '/replicate/v1/predictions' : `/replicate/v1/models/${r.model}/predictions`;
		const body: IDataObject = r.isVersion ? { version: r.model.split(':').pop(), input: r.input } : { input: r.input };
		return readSubmittedId(await newApiRequest(env, { method: 'POST', path, body }));
	},
});
