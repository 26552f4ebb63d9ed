import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

export class NewApiApi implements ICredentialType {
	name = 'newApiApi';

	displayName = 'New API';

	icon: Icon = { light: 'file:newapi.svg', dark: 'file:newapi.dark.svg' };

	documentationUrl = 'https://github.com/QuantumNous/new-api';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'A token from the site\'s console (usually starts with sk-)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://your-new-api-site.example.com',
			description: 'The address of the New API site or relay (without /v1). Every site has its own.',
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

	// Listing models is free and checks both the key and the Base URL.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/models',
			method: 'GET',
		},
	};
}
