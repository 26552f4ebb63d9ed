import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

export class VectCutApi implements ICredentialType {
	name = 'vectCutApi';

	displayName = 'VectCut API';

	icon: Icon = { light: 'file:vectcut.svg', dark: 'file:vectcut.dark.svg' };

	documentationUrl = 'https://docs.vectcut.com';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Log in at vectcut.com, then copy the key from the avatar menu',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://open.vectcut.com',
			description: 'VectCut cloud: https://open.vectcut.com. A self-hosted VectCutAPI server or the local sandbox: its own URL.',
		},
		{
			displayName: 'Draft API Path Prefix',
			name: 'pathPrefix',
			type: 'string',
			default: '/cut_jianying',
			description: 'VectCut cloud serves the draft API under /cut_jianying. A self-hosted open-source VectCutAPI serves it at the root: leave this empty.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	// Asking for the status of a task that does not exist costs nothing; a bad key gets a 4xx.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '={{($credentials.pathPrefix || "") + "/task_status"}}',
			method: 'POST',
			body: { task_id: 'n8n-credential-test' },
		},
	};
}
