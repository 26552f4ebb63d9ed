import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

export class PixVerseApi implements ICredentialType {
	name = 'pixVerseApi';

	displayName = 'PixVerse API';

	icon: Icon = { light: 'file:pixverse.svg', dark: 'file:pixverse.dark.svg' };

	documentationUrl = 'https://docs.platform.pixverse.ai';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Create a key at platform.pixverse.ai (API credits are separate from web-app credits)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: 'https://app-api.pixverse.ai',
			description:
				'International: https://app-api.pixverse.ai. China (拍我AI): https://app-api.pixverseai.cn. A relay or the local sandbox: its own URL.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'API-KEY': '={{$credentials.apiKey}}',
			},
		},
	};

	// Reading the credit balance is free and proves both the key and the Base URL.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/openapi/v2/account/balance',
			method: 'GET',
			// A read: repeating this trace id cannot return or start a generation.
			headers: { 'Ai-trace-id': 'a1c0ffee-0000-4000-8000-credentialtst' },
		},
		rules: [10001, 10002, 10003, 10004, 10005, 400012].map((code) => ({
			type: 'responseSuccessBody' as const,
			properties: { key: 'ErrCode', value: code, message: `PixVerse refused the API key (ErrCode ${code})` },
		})),
	};
}
