import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, draftIdField, draftOperation, num, optionsCollection, readNumberParam, readUrl } from '../common';
import { maskOptions, placementOptions, timelineBody, trackField, transformOptions } from './shared';

export const description: INodeProperties[] = [
	draftIdField(),
	{ displayName: 'Video URL', name: 'videoUrl', type: 'string', default: '', required: true },
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0, description: 'Where to start in the source video' },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 0, description: 'Where to stop in the source video; 0 for its end' },
	{ displayName: 'Target Start (Seconds)', name: 'targetStart', type: 'number', default: 0, description: 'Where on the timeline the clip begins' },
	trackField('video_main'),
	optionsCollection([num('Speed', 'speed', 1), num('Volume', 'volume', 1, '1 = original; 0 mutes'), num('Duration', 'duration', 0, 'Source duration in seconds, if known (saves a probe)'), num('Width', 'width', 1080), num('Height', 'height', 1920), ...transformOptions, ...maskOptions, ...placementOptions]),
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'timeline.addVideo',
	op: '/add_video',
	build: (env, i) => timelineBody(env, i, { video_url: readUrl(env, i, 'videoUrl', 'Video URL'), target_start: readNumberParam(env, i, 'targetStart', 'Target Start', { min: 0 }) ?? 0 }),
});
