import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { makeItems, runNode, type RunOptions, type RunResult } from './engine';
import type { Sandbox } from './sandbox';

/** Runs the PixVerse node in the engine against the sandbox. */
export function runPixVerse(sb: Sandbox, parameters: IDataObject, items: INodeExecutionData[] = makeItems(1), extra: Partial<RunOptions> = {}): Promise<RunResult> {
	return runNode({
		nodeType: 'CUSTOM.pixVerse',
		parameters,
		items,
		credentials: { pixVerseApi: { apiKey: sb.pixverse.apiKey, baseUrl: sb.url } },
		...extra,
	});
}

export const fastPolling = { pollIntervalSeconds: 0.05 };

export function t2v(prompt: string, extra: IDataObject = {}): IDataObject {
	return { resource: 'video', operation: 'textToVideo', prompt, model: 'v5', duration: 5, quality: '540p', taskOptions: { ...fastPolling }, ...extra };
}

export function acceptedSubmits(sb: Sandbox) {
	return sb.log.filter((e) => e.kind === 'submit' && e.accepted);
}
