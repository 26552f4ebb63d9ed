import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { OperationEnv, TaskOperation } from '../../../shared/router';
import { videoTaskDriver } from '../../driver';
import { readVideoId } from '../../adapter';
import { refKey, resolveMediaId, type MediaField, type MediaRef } from '../../inputs';
import { ASPECT_RATIOS, MAX_PROMPT, MODELS, QUALITIES, checkModelRules, type GenerationChoice } from '../../models';
import { pixverseRequest, submitTraceId } from '../../transport';

export const promptField: INodeProperties = {
	displayName: 'Prompt',
	name: 'prompt',
	type: 'string',
	typeOptions: { rows: 3 },
	default: '',
	required: true,
	description: 'What the video should show (up to 2048 characters)',
};

export const modelField: INodeProperties = {
	displayName: 'Model',
	name: 'model',
	type: 'options',
	default: 'v5',
	options: [...MODELS].reverse().map((m) => ({ name: m, value: m })),
	description: 'PixVerse model. Durations, qualities and switches differ per model; the node checks them before submitting.',
};

export const durationField: INodeProperties = {
	displayName: 'Duration (Seconds)',
	name: 'duration',
	type: 'number',
	default: 5,
	description: 'v3.5–v5: 5 or 8 (v3.5 at 1080p: 5). v5.5/v5.6: 5, 8 or 10 (1080p: not 10). v6/c1: 1–15.',
};

export const qualityField: INodeProperties = {
	displayName: 'Quality',
	name: 'quality',
	type: 'options',
	default: '540p',
	options: QUALITIES.map((q) => ({ name: q, value: q })),
};

export const aspectRatioField: INodeProperties = {
	displayName: 'Aspect Ratio',
	name: 'aspectRatio',
	type: 'options',
	default: '16:9',
	options: ASPECT_RATIOS.map((r) => ({ name: r, value: r })),
};

export function generationOptions(extra: INodeProperties[] = []): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Camera Movement',
			name: 'cameraMovement',
			type: 'options',
			default: 'zoom_in',
			description: 'Only models v4 and v4.5',
			options: [
				'camera_rotation', 'crane_up', 'fix_bg', 'hitchcock', 'horizontal_left', 'horizontal_right', 'left_follow',
				'pan_left', 'pan_right', 'quickly_zoom_in', 'quickly_zoom_out', 'right_follow', 'robo_arm', 'smooth_zoom_in',
				'super_dolly_out', 'vertical_down', 'vertical_up', 'whip_pan', 'zoom_in', 'zoom_out',
			].map((v) => ({ name: v, value: v })),
		},
		{ displayName: 'Generate Audio', name: 'generateAudio', type: 'boolean', default: true, description: 'Whether to generate a soundtrack (v5.5, v5.6, v6, c1)' },
		{
			displayName: 'Motion Mode',
			name: 'motionMode',
			type: 'options',
			default: 'normal',
			description: 'Only models before v5; "fast" cannot make 8 s videos',
			options: [
				{ name: 'Fast', value: 'fast' },
				{ name: 'Normal', value: 'normal' },
			],
		},
		{ displayName: 'Multi-Clip', name: 'multiClip', type: 'boolean', default: false, description: 'Whether to allow several shots in one video (v5.5, v6)' },
		{ displayName: 'Negative Prompt', name: 'negativePrompt', type: 'string', default: '', description: 'What the video should not show' },
		{
			displayName: 'Prompt Optimization',
			name: 'thinkingType',
			type: 'options',
			default: 'auto',
			description: 'Let PixVerse rewrite the prompt (v5.5, v5.6, v6)',
			options: [
				{ name: 'Auto', value: 'auto' },
				{ name: 'Disabled', value: 'disabled' },
				{ name: 'Enabled', value: 'enabled' },
			],
		},
		{ displayName: 'Seed', name: 'seed', type: 'number', default: 0, typeOptions: { minValue: 0, maxValue: 2147483647 }, description: 'Same seed and inputs give a similar video' },
		{
			displayName: 'Style',
			name: 'style',
			type: 'options',
			default: 'anime',
			options: ['3d_animation', 'anime', 'comic', 'cyberpunk', 'day'].map((v) => ({ name: v, value: v })),
		},
		{ displayName: 'Template ID', name: 'templateId', type: 'string', default: '', description: 'An activated PixVerse effect template' },
		...extra,
	];
	options.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return { displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options };
}

export interface GenerationRead {
	body: Record<string, unknown>;
	choice: GenerationChoice;
}

/** Reads the shared generation fields into a PixVerse body and checks the model rules. */
export function readGeneration(
	env: OperationEnv,
	itemIndex: number,
	opts: { prompt: 'required' | 'optional' | 'none'; aspectRatio?: boolean; duration?: boolean; quality?: boolean; model?: boolean },
): GenerationRead {
	const { ctx } = env;
	const body: Record<string, unknown> = {};
	const add = (ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) ?? {};
	if (opts.prompt !== 'none') {
		const prompt = String(ctx.getNodeParameter('prompt', itemIndex, '') ?? '').trim();
		if (!prompt && opts.prompt === 'required') throw new InputError('Prompt', '"Prompt" is empty', 'Enter a prompt, or check that the expression resolves to text for this item.');
		if (prompt.length > MAX_PROMPT) throw new InputError('Prompt', `"Prompt" has ${prompt.length} characters; PixVerse takes at most ${MAX_PROMPT}`);
		if (prompt) body.prompt = prompt;
	}
	const choice: GenerationChoice = { model: 'v5' };
	if (opts.model !== false) {
		choice.model = String(ctx.getNodeParameter('model', itemIndex, 'v5')).trim();
		body.model = choice.model;
	}
	if (opts.duration !== false) {
		const raw = ctx.getNodeParameter('duration', itemIndex, 5) as unknown;
		const duration = typeof raw === 'number' ? raw : Number(String(raw).trim());
		if (raw === '' || raw === null || !Number.isFinite(duration)) throw new InputError('Duration', `"Duration" must be a number of seconds, got "${String(raw)}"`);
		choice.duration = duration;
		body.duration = duration;
	}
	if (opts.quality !== false) {
		choice.quality = String(ctx.getNodeParameter('quality', itemIndex, '540p'));
		body.quality = choice.quality;
	}
	if (opts.aspectRatio) {
		const ratio = String(ctx.getNodeParameter('aspectRatio', itemIndex, '16:9'));
		if (!(ASPECT_RATIOS as readonly string[]).includes(ratio)) throw new InputError('Aspect Ratio', `"Aspect Ratio" must be one of ${ASPECT_RATIOS.join(', ')}, got "${ratio}"`);
		body.aspect_ratio = ratio;
	}
	if (add.negativePrompt) body.negative_prompt = String(add.negativePrompt);
	if (add.seed !== undefined) {
		const seed = Number(add.seed);
		if (!Number.isInteger(seed) || seed < 0 || seed > 2147483647) throw new InputError('Seed', `"Seed" must be a whole number from 0 to 2147483647, got ${String(add.seed)}`);
		body.seed = seed;
	}
	if (add.style) body.style = String(add.style);
	if (add.motionMode) body.motion_mode = choice.motionMode = String(add.motionMode);
	if (add.cameraMovement) body.camera_movement = choice.cameraMovement = String(add.cameraMovement);
	if (add.generateAudio !== undefined) body.generate_audio_switch = choice.generateAudio = Boolean(add.generateAudio);
	if (add.multiClip !== undefined) body.generate_multi_clip_switch = choice.multiClip = Boolean(add.multiClip);
	if (add.thinkingType) body.thinking_type = choice.thinkingType = String(add.thinkingType);
	if (add.templateId) {
		const id = String(add.templateId).trim();
		if (!/^\d+$/.test(id)) throw new InputError('Template ID', `"Template ID" must be a number, got "${id}"`);
		choice.templateId = id;
		body.template_id = id;
	}
	if (add.soundEffectContent !== undefined || add.soundEffect) {
		body.sound_effect_switch = choice.soundEffect = true;
		if (add.soundEffectContent) body.sound_effect_content = String(add.soundEffectContent);
	}
	if (opts.model !== false) checkModelRules(choice);
	return { body, choice };
}

/** A media input whose PixVerse id is filled into the body at submit time. */
export interface DeferredMedia {
	field: MediaField;
	ref: MediaRef;
	set(body: Record<string, unknown>, id: unknown): void;
}

/**
 * A generate operation: `read` checks one item's parameters (no requests); submit uploads any
 * media (free), then sends the paid request once with the item's deterministic trace id.
 */
export function videoGeneration(
	path: string,
	read: (env: OperationEnv, itemIndex: number) => { body: Record<string, unknown>; media: DeferredMedia[] },
): TaskOperation {
	return {
		kind: 'task',
		mode: 'generate',
		async prepare(env, itemIndex) {
			const { body, media } = read(env, itemIndex);
			const traceId = submitTraceId(env, itemIndex, path, { body, media: media.map((m) => refKey(m.ref)) });
			let final: Record<string, unknown> | undefined;
			return {
				mode: 'generate',
				driver: videoTaskDriver(env),
				submit: async () => {
					// Uploads happen once per item, even when a busy submit is repeated.
					if (!final) {
						const filled = { ...body };
						for (const m of media) m.set(filled, await resolveMediaId(env, itemIndex, m.field, m.ref));
						final = filled;
					}
					const resp = await pixverseRequest(env, { method: 'POST', path, body: final, traceId });
					return { taskId: readVideoId(resp) };
				},
			};
		},
	};
}
