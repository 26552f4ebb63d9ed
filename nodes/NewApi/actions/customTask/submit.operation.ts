import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { newApiRequest } from '../../transport';
import { customDriver, readCustomId } from '../../vendors/custom';
import { readJsonObject } from '../fields';
import { generateOperation } from '../taskOps';
import { readSpec, specFields } from './spec';

export const description: INodeProperties[] = [
	{ displayName: 'Submit Method', name: 'submitMethod', type: 'options', default: 'POST', options: [{ name: 'POST', value: 'POST' }, { name: 'PUT', value: 'PUT' }] },
	{ displayName: 'Submit Path', name: 'submitPath', type: 'string', default: '', required: true, placeholder: '/flux/v1/flux-pro-1.1' },
	{ displayName: 'Body (JSON)', name: 'body', type: 'json', default: '{\n  "prompt": ""\n}' },
	{ displayName: 'ID Field Path', name: 'idPath', type: 'string', default: 'id', required: true, placeholder: 'data.task_id', description: 'Dot path of the task ID in the submit response' },
	...specFields,
];

export const operation = generateOperation({
	read(env, i) {
		const path = String(env.ctx.getNodeParameter('submitPath', i, '') ?? '').trim();
		if (!path.startsWith('/')) throw new InputError('Submit Path', `"Submit Path" must start with /, got "${path}"`);
		const idPath = String(env.ctx.getNodeParameter('idPath', i, 'id') ?? '').trim();
		if (!idPath) throw new InputError('ID Field Path', '"ID Field Path" is empty');
		return {
			method: String(env.ctx.getNodeParameter('submitMethod', i, 'POST')) === 'PUT' ? ('PUT' as const) : ('POST' as const),
			path,
			idPath,
			body: readJsonObject(env, i, 'body', 'Body (JSON)') ?? {},
			spec: readSpec(env, i),
		};
	},
	driver: (env, _i, input) => customDriver(env, input.spec),
	submit: async (env, _i, input) => readCustomId(await newApiRequest(env, { method: input.method, path: input.path, body: input.body }), input.idPath),
});
