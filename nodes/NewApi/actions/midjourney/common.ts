import type { INodeProperties } from 'n8n-workflow';

import type { OperationEnv } from '../../../shared/router';
import { newApiRequest } from '../../transport';
import { mjDriver, mjPath, readMjSubmit } from '../../vendors/midjourney';
import { generateOperation } from '../taskOps';

export const speedField: INodeProperties = {
	displayName: 'Speed Mode',
	name: 'speed',
	type: 'options',
	default: '',
	description: 'Chosen by the path prefix the site serves (/mj-fast/mj/…). Site default uses /mj/….',
	options: [
		{ name: 'Fast', value: 'fast' },
		{ name: 'Relax', value: 'relax' },
		{ name: 'Site Default', value: '' },
		{ name: 'Turbo', value: 'turbo' },
	],
};

export function readSpeed(env: OperationEnv, i: number): string {
	return String(env.ctx.getNodeParameter('speed', i, '') ?? '');
}

/** A Midjourney submit: `build` resolves the body (free), then one POST to /mj/submit/<route>. */
export function mjSubmitOperation<T>(route: string, read: (env: OperationEnv, i: number) => T, build: (env: OperationEnv, i: number, input: T) => Promise<Record<string, unknown>>) {
	return generateOperation({
		read: (env, i) => ({ input: read(env, i), speed: readSpeed(env, i) }),
		driver: (env, _i, r) => mjDriver(env, r.speed),
		route: (r) => ({ speed: r.speed }),
		async submit(env, i, r) {
			const body = await build(env, i, r.input);
			return readMjSubmit(await newApiRequest(env, { method: 'POST', path: mjPath(r.speed, `/submit/${route}`), body }));
		},
	});
}
