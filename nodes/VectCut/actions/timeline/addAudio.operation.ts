import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, catalog, draftIdField, draftOperation, num, optionsCollection, readNumberParam, readUrl } from '../common';
import { timelineBody, trackField } from './shared';

export const description: INodeProperties[] = [
	draftIdField(),
	{ displayName: 'Audio URL', name: 'audioUrl', type: 'string', default: '', required: true },
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0, description: 'Where to start in the source audio' },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 0, description: 'Where to stop in the source audio; 0 for its end' },
	{ displayName: 'Target Start (Seconds)', name: 'targetStart', type: 'number', default: 0 },
	{ displayName: 'Volume', name: 'volume', type: 'number', default: 1, typeOptions: { numberPrecision: 2 }, description: '1 = original' },
	trackField('audio_main'),
	optionsCollection([num('Speed', 'speed', 1), num('Duration', 'duration', 0, 'Source duration in seconds, if known'), catalog('Audio Effect', 'effect_type', 'getAudioEffectTypes')]),
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'timeline.addAudio',
	op: '/add_audio',
	build: (env, i) =>
		timelineBody(env, i, {
			audio_url: readUrl(env, i, 'audioUrl', 'Audio URL'),
			target_start: readNumberParam(env, i, 'targetStart', 'Target Start', { min: 0 }) ?? 0,
			volume: readNumberParam(env, i, 'volume', 'Volume', { min: -100, max: 10 }) ?? 1,
		}),
});
