import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { makeItems, runChain, runNode, type ChainStep, type RunOptions, type RunResult } from './engine';
import type { Sandbox } from './sandbox';

export const vcCredentials = (sb: Sandbox) => ({ vectCutApi: { apiKey: sb.vectcut.apiKey, baseUrl: sb.url, pathPrefix: '/cut_jianying' } });

export function runVectCut(sb: Sandbox, parameters: IDataObject, items: INodeExecutionData[] = makeItems(1), extra: Partial<RunOptions> = {}): Promise<RunResult> {
	return runNode({ nodeType: 'CUSTOM.vectCut', parameters, items, credentials: vcCredentials(sb), ...extra });
}

export function chainVectCut(sb: Sandbox, steps: Array<Omit<ChainStep, 'type'>>, items: INodeExecutionData[] = makeItems(1)) {
	return runChain(steps.map((s) => ({ ...s, type: 'CUSTOM.vectCut' })), items, vcCredentials(sb));
}

export const fast = { pollIntervalSeconds: 0.05 };
