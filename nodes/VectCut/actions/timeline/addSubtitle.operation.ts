import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { additionalBodyField, bool, catalog, draftIdField, draftOperation, num, optionsCollection, readString, readUrl, str } from '../common';
import { timelineBody, trackField } from './shared';

export const description: INodeProperties[] = [
	draftIdField(),
	{
		displayName: 'SRT Source',
		name: 'srtSource',
		type: 'options',
		default: 'text',
		options: [
			{ name: 'Binary Property', value: 'binary', description: 'An .srt file from an input binary property' },
			{ name: 'Text', value: 'text', description: 'SRT text' },
			{ name: 'URL', value: 'url', description: 'A public .srt URL' },
		],
	},
	{ displayName: 'SRT Text', name: 'srtText', type: 'string', typeOptions: { rows: 6 }, default: '', required: true, displayOptions: { show: { srtSource: ['text'] } }, placeholder: '1\n00:00:00,000 --> 00:00:02,000\nHello' },
	{ displayName: 'SRT URL', name: 'srtUrl', type: 'string', default: '', required: true, displayOptions: { show: { srtSource: ['url'] } } },
	{ displayName: 'SRT Binary Property', name: 'srtBinary', type: 'string', default: 'data', required: true, displayOptions: { show: { srtSource: ['binary'] } } },
	catalog('Font', 'font', 'getFontTypes'),
	{ displayName: 'Font Size', name: 'fontSize', type: 'number', default: 5 },
	{ displayName: 'Font Color', name: 'fontColor', type: 'color', default: '#ffffff' },
	trackField('subtitle'),
	optionsCollection([num('Time Offset (Seconds)', 'time_offset', 0), bool('Bold', 'bold', false, 'Whether the text is bold'), bool('Italic', 'italic', false, 'Whether the text is italic'), bool('Underline', 'underline', false, 'Whether the text is underlined'), num('Transform Y', 'transform_y', -0.8), num('Alpha', 'alpha', 1), str('Border Color', 'border_color', '#000000'), num('Border Width', 'border_width', 0), str('Background Color', 'background_color', '')]),
	additionalBodyField(),
];

const SRT_CUE = /\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/;

export const operation = draftOperation({
	operation: 'timeline.addSubtitle',
	op: '/add_subtitle',
	async build(env, i) {
		const source = String(env.ctx.getNodeParameter('srtSource', i, 'text'));
		let srt: string;
		if (source === 'url') srt = readUrl(env, i, 'srtUrl', 'SRT URL') as string;
		else if (source === 'binary') {
			const property = String(env.ctx.getNodeParameter('srtBinary', i, 'data')).trim();
			if (!env.ctx.getInputData()[i]?.binary?.[property]) throw new InputError('SRT Binary Property', `Item has no binary property "${property}" for "SRT Binary Property"`);
			srt = (await env.ctx.helpers.getBinaryDataBuffer(i, property)).toString('utf8').replace(/^\uFEFF/, '');
		} else srt = readString(env, i, 'srtText', 'SRT Text', true) as string;
		if (source !== 'url' && !SRT_CUE.test(srt)) throw new InputError(source === 'binary' ? 'SRT Binary Property' : 'SRT Text', 'The subtitles have no SRT cue (00:00:01,000 --> 00:00:02,000)');
		const font = readString(env, i, 'font', 'Font');
		return timelineBody(
			env,
			i,
			{ srt, ...(font ? { font } : {}), font_size: Number(env.ctx.getNodeParameter('fontSize', i, 5)) || 5, font_color: readString(env, i, 'fontColor', 'Font Color') ?? '#ffffff' },
			false,
		);
	},
});
