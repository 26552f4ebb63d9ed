import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { makeItems, runNode, type RunOptions, type RunResult } from './engine';
import type { Sandbox } from './sandbox';

export function runNewApi(sb: Sandbox, parameters: IDataObject, items: INodeExecutionData[] = makeItems(1), extra: Partial<RunOptions> = {}): Promise<RunResult> {
	return runNode({
		nodeType: 'CUSTOM.newApi',
		parameters,
		items,
		credentials: { newApiApi: { apiKey: sb.newapi.apiKey, baseUrl: sb.url } },
		...extra,
	});
}

export const fast = { pollIntervalSeconds: 0.05 };

/** A model given by name (the resource locator's free-text mode). */
export const model = (name: string) => ({ __rl: true, mode: 'id', value: name });

export function paidSubmits(sb: Sandbox) {
	return sb.log.filter((e) => e.service === 'newapi' && e.kind === 'submit' && e.accepted);
}
