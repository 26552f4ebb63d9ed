import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { asString, isRecord } from '../../../shared/transport/json';
import { additionalBodyField, downloadFields, draftOperation, readExtraBody, readString } from '../common';

const PROVIDERS = ['azure', 'fish', 'minimax', 'volc'];

export const description: INodeProperties[] = [
	{ displayName: 'Text', name: 'text', type: 'string', typeOptions: { rows: 3 }, default: '', required: true },
	{ displayName: 'Provider', name: 'provider', type: 'options', default: 'minimax', options: PROVIDERS.map((p) => ({ name: p, value: p })) },
	{ displayName: 'Voice ID', name: 'voiceId', type: 'string', default: '', required: true, description: 'A voice of that provider (see VectCut\'s voice lists, or a cloned voice)' },
	{ displayName: 'Model', name: 'model', type: 'string', default: '', placeholder: 'speech-2.6-hd', description: 'MiniMax only: speech-2.6-turbo or speech-2.6-hd' },
	...downloadFields,
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'ai.generateSpeech',
	op: '/generate_speech',
	downloadable: true,
	build(env, i) {
		const provider = String(env.ctx.getNodeParameter('provider', i, 'minimax'));
		const model = readString(env, i, 'model', 'Model');
		if (model && provider !== 'minimax') throw new InputError('Model', '"Model" is only used with the MiniMax provider');
		return { text: readString(env, i, 'text', 'Text', true), provider, voice_id: readString(env, i, 'voiceId', 'Voice ID', true), ...(model ? { model } : {}), ...readExtraBody(env, i) };
	},
	extract(payload) {
		const url = typeof payload === 'string' ? payload : isRecord(payload) ? asString(payload.url) ?? asString(payload.audio_url) ?? asString(payload.speech_url) : undefined;
		return { outputs: url && /^https?:\/\//.test(url) ? [{ type: 'audio', url, mimeType: 'audio/mpeg' }] : [] };
	},
});
