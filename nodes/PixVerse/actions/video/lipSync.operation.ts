import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { mediaFields, readMediaRef, type MediaField } from '../../inputs';
import { MAX_TTS_CONTENT } from '../../models';
import { videoGeneration, type DeferredMedia } from './common';
import { readSourceVideo, sourceVideoFields } from './sourceVideo';

const audio: MediaField = { name: 'audio', displayName: 'Audio', media: 'audio', idLabel: 'Media ID' };

export const description: INodeProperties[] = [
	...sourceVideoFields,
	{
		displayName: 'Speech',
		name: 'speechKind',
		type: 'options',
		default: 'tts',
		options: [
			{ name: 'Audio File', value: 'audio', description: 'Lip-sync to an audio track' },
			{ name: 'Text to Speech', value: 'tts', description: 'PixVerse speaks a text with one of its voices' },
		],
	},
	{
		displayName: 'Speaker Name or ID',
		name: 'speakerId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSpeakers' },
		default: '',
		required: true,
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		displayOptions: { show: { speechKind: ['tts'] } },
	},
	{
		displayName: 'Text',
		name: 'ttsContent',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		description: `What the speaker says (up to about ${MAX_TTS_CONTENT} characters)`,
		displayOptions: { show: { speechKind: ['tts'] } },
	},
	...mediaFields(audio).map((f) => ({ ...f, displayOptions: { show: { ...(f.displayOptions?.show ?? {}), speechKind: ['audio'] } } })),
];

export const operation = videoGeneration('/openapi/v2/video/lip_sync/generate', (env, i) => {
	const body: Record<string, unknown> = {};
	const media: DeferredMedia[] = readSourceVideo(env, i, body);
	const kind = env.ctx.getNodeParameter('speechKind', i, 'tts') as string;
	if (kind === 'tts') {
		const speaker = String(env.ctx.getNodeParameter('speakerId', i, '') ?? '').trim();
		const text = String(env.ctx.getNodeParameter('ttsContent', i, '') ?? '').trim();
		if (!speaker) throw new InputError('Speaker', '"Speaker" is empty', 'Pick a speaker from the list.');
		if (!text) throw new InputError('Text', '"Text" is empty');
		if (text.length > MAX_TTS_CONTENT) throw new InputError('Text', `"Text" has ${text.length} characters; lip sync speech takes at most ${MAX_TTS_CONTENT}`);
		body.lip_sync_tts_speaker_id = speaker;
		body.lip_sync_tts_content = text;
	} else {
		const ref = readMediaRef(env, i, audio);
		media.push({ field: audio, ref, set: (b, id) => (b.audio_media_id = id) });
	}
	return { body, media };
});
