import type { INodeProperties } from 'n8n-workflow';

import { newApiRequest } from '../../transport';
import { readSunoSubmit, sunoDriver } from '../../vendors/suno';
import { promptField, readText } from '../fields';
import { generateOperation } from '../taskOps';

export const description: INodeProperties[] = [promptField('What the lyrics should be about')];

export const operation = generateOperation({
	read: (env, i) => ({ prompt: readText(env, i, 'prompt', 'Prompt', true, 3000) }),
	driver: (env) => sunoDriver(env),
	submit: async (env, _i, body) => readSunoSubmit(await newApiRequest(env, { method: 'POST', path: '/suno/submit/lyrics', body })),
});
