import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, catalog, draftIdField, draftOperation, num, optionsCollection, readUrl } from '../common';
import { maskOptions, placementOptions, timelineBody, trackField, transformOptions } from './shared';

export const animationOptions: INodeProperties[] = [
	catalog('Intro Animation', 'intro_animation', 'getIntroAnimationTypes'),
	num('Intro Animation Duration', 'intro_animation_duration', 0.5),
	catalog('Outro Animation', 'outro_animation', 'getOutroAnimationTypes'),
	num('Outro Animation Duration', 'outro_animation_duration', 0.5),
	catalog('Combo Animation', 'combo_animation', 'getComboAnimationTypes'),
	num('Combo Animation Duration', 'combo_animation_duration', 0.5),
];

export const imageOptions: INodeProperties[] = [num('Alpha', 'alpha', 1), num('Rotation', 'rotation', 0), ...transformOptions, ...animationOptions, ...maskOptions, ...placementOptions];

export const description: INodeProperties[] = [
	draftIdField(),
	{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '', required: true },
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0, description: 'Timeline position where the image appears' },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 3 },
	trackField('image_main'),
	optionsCollection(imageOptions),
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'timeline.addImage',
	op: '/add_image',
	build: (env, i) => timelineBody(env, i, { image_url: readUrl(env, i, 'imageUrl', 'Image URL') }),
});
