import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, bool, catalog, draftIdField, draftOperation, num, optionsCollection, readString, str } from '../common';
import { timelineBody, trackField, transformOptions } from './shared';

export const textStyleOptions: INodeProperties[] = [
	num('Alpha', 'font_alpha', 1),
	bool('Vertical', 'vertical', false, 'Whether the text runs top to bottom'),
	str('Border Color', 'border_color', '#000000'),
	num('Border Width', 'border_width', 0),
	str('Background Color', 'background_color', ''),
	num('Background Alpha', 'background_alpha', 1),
	num('Background Round Radius', 'background_round_radius', 0),
	str('Shadow Color', 'shadow_color', ''),
	num('Shadow Alpha', 'shadow_alpha', 0.9),
	catalog('Intro Animation', 'intro_animation', 'getTextIntroTypes'),
	num('Intro Duration', 'intro_duration', 0.5),
	catalog('Outro Animation', 'outro_animation', 'getTextOutroTypes'),
	num('Outro Duration', 'outro_duration', 0.5),
	str('Bubble Effect ID', 'bubble_effect_id'),
	str('Text Effect ID', 'effect_effect_id', '', 'A 花字 (styled text) effect'),
	...transformOptions,
];

export const description: INodeProperties[] = [
	draftIdField(),
	{ displayName: 'Text', name: 'text', type: 'string', typeOptions: { rows: 2 }, default: '', required: true },
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0 },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 5 },
	catalog('Font', 'font', 'getFontTypes'),
	{ displayName: 'Font Color', name: 'fontColor', type: 'color', default: '#ffffff' },
	{ displayName: 'Font Size', name: 'fontSize', type: 'number', default: 8 },
	trackField('text_main'),
	optionsCollection(textStyleOptions),
	additionalBodyField('Any other add_text field, e.g. {"text_styles": [{"start": 0, "end": 2, "style": {"color": "#ff0000"}}]}'),
];

export const operation = draftOperation({
	operation: 'timeline.addText',
	op: '/add_text',
	build(env, i) {
		const font = readString(env, i, 'font', 'Font');
		return timelineBody(env, i, {
			text: readString(env, i, 'text', 'Text', true),
			...(font ? { font } : {}),
			font_color: readString(env, i, 'fontColor', 'Font Color') ?? '#ffffff',
			font_size: Number(env.ctx.getNodeParameter('fontSize', i, 8)) || 8,
		});
	},
});
