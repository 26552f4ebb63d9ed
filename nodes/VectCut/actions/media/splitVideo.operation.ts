import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { readString, readUrl, skillOperation } from '../common';

export const description: INodeProperties[] = [
	{ displayName: 'Video URL', name: 'videoUrl', type: 'string', default: '', required: true },
	{ displayName: 'Start', name: 'start', type: 'string', default: '0', description: 'Seconds (12.5) or HH:MM:SS.ms' },
	{ displayName: 'End', name: 'end', type: 'string', default: '', required: true, description: 'Seconds (20) or HH:MM:SS.ms' },
];

const TIME = /^(\d+(\.\d+)?|\d{1,2}:\d{2}:\d{2}(\.\d{1,3})?)$/;
const seconds = (t: string) => (t.includes(':') ? t.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) : Number(t));

export const operation = skillOperation({
	type: 'splitVideo',
	submit: { path: '/process/split_video/submit_task/submit_split_video_task', envelope: 'B' },
	build(env, i) {
		const start = readString(env, i, 'start', 'Start') ?? '0';
		const end = readString(env, i, 'end', 'End', true) as string;
		if (!TIME.test(start)) throw new InputError('Start', `"Start" must be seconds or HH:MM:SS.ms, got "${start}"`);
		if (!TIME.test(end)) throw new InputError('End', `"End" must be seconds or HH:MM:SS.ms, got "${end}"`);
		if (seconds(end) <= seconds(start)) throw new InputError('End', `"End" (${end}) must be after "Start" (${start})`);
		return { video_url: readUrl(env, i, 'videoUrl', 'Video URL'), start, end };
	},
});
