import { NodeConnectionTypes, type IExecuteFunctions, type INodeExecutionData, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { executeRuntime, type NodeRuntime } from '../shared/router';
import { VECTCUT_DEFAULTS, buildVectCutProperties, defaultsByResource, operations } from './actions/router';
import { catalogLoaders } from './methods/catalogs';
import { VECTCUT_CREDENTIAL } from './transport';

export const vectCutRuntime: NodeRuntime = {
	provider: 'vectcut',
	transport: { credentialType: VECTCUT_CREDENTIAL, defaultBaseUrl: 'https://open.vectcut.com' },
	defaults: VECTCUT_DEFAULTS,
	defaultsByResource,
	operations,
};

export class VectCut implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VectCut',
		name: 'vectCut',
		icon: { light: 'file:vectcut.svg', dark: 'file:vectcut.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Build JianYing/CapCut drafts, run VectCut (流光剪辑) AI skills and render drafts to video',
		defaults: { name: 'VectCut' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: VECTCUT_CREDENTIAL, required: true }],
		properties: buildVectCutProperties(),
	};

	methods = { loadOptions: catalogLoaders };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeRuntime(this, vectCutRuntime);
	}
}
