import { InputError } from '../shared/lifecycle/errors';

/**
 * The model rules from PixVerse's image-to-video reference: which durations, qualities and
 * switches each model accepts. Checked before any paid request.
 */
export const MODELS = ['v3.5', 'v4', 'v4.5', 'v5', 'v5.5', 'v5.6', 'v6', 'c1'] as const;
export const QUALITIES = ['360p', '540p', '720p', '1080p'] as const;
export const ASPECT_RATIOS = ['16:9', '4:3', '1:1', '3:4', '9:16', '3:2', '2:3', '21:9'] as const;

const FIXED_DURATIONS: Record<string, number[]> = {
	'v3.5': [5, 8],
	v4: [5, 8],
	'v4.5': [5, 8],
	v5: [5, 8],
	'v5.5': [5, 8, 10],
	'v5.6': [5, 8, 10],
};
const FREE_DURATION_MODELS = new Set(['v6', 'c1']);
const CAMERA_MOVEMENT_MODELS = new Set(['v4', 'v4.5']);
const AUDIO_SWITCH_MODELS = new Set(['v5.5', 'v5.6', 'v6', 'c1']);
const MULTI_CLIP_MODELS = new Set(['v5.5', 'v6']);
const THINKING_MODELS = new Set(['v5.5', 'v5.6', 'v6']);
const PRE_V5 = new Set(['v3.5', 'v4', 'v4.5']);

export const MAX_PROMPT = 2048;
export const MAX_TTS_CONTENT = 200;

export interface GenerationChoice {
	model: string;
	duration?: number;
	quality?: string;
	motionMode?: string;
	cameraMovement?: string;
	generateAudio?: boolean;
	multiClip?: boolean;
	thinkingType?: string;
	soundEffect?: boolean;
	templateId?: string;
}

/** Throws an InputError naming the field when the model does not allow a choice. */
export function checkModelRules(choice: GenerationChoice): void {
	const { model, duration, quality } = choice;
	if (!(MODELS as readonly string[]).includes(model)) {
		throw new InputError('Model', `Unknown PixVerse model "${model}". Use one of: ${MODELS.join(', ')}`);
	}
	if (quality !== undefined && !(QUALITIES as readonly string[]).includes(quality)) {
		throw new InputError('Quality', `Quality "${quality}" is not one of ${QUALITIES.join(', ')}`);
	}
	if (duration !== undefined) {
		if (!Number.isInteger(duration)) throw new InputError('Duration', `Duration must be a whole number of seconds, got ${duration}`);
		if (FREE_DURATION_MODELS.has(model)) {
			if (duration < 1 || duration > 15) throw new InputError('Duration', `Model ${model} takes a duration from 1 to 15 s, got ${duration}`);
		} else {
			const allowed = FIXED_DURATIONS[model];
			if (!allowed.includes(duration)) {
				throw new InputError('Duration', `Model ${model} takes a duration of ${allowed.join(' or ')} s, got ${duration}`);
			}
			if (model === 'v3.5' && quality === '1080p' && duration === 8) {
				throw new InputError('Duration', 'Model v3.5 cannot make an 8 s video at 1080p. Use 5 s or a lower quality.');
			}
			if ((model === 'v5.5' || model === 'v5.6') && quality === '1080p' && duration === 10) {
				throw new InputError('Duration', `Model ${model} cannot make a 10 s video at 1080p. Use 5 or 8 s, or a lower quality.`);
			}
		}
	}
	if (choice.motionMode) {
		if (!PRE_V5.has(model)) throw new InputError('Motion Mode', `Motion Mode is not supported by model ${model} (only before v5)`);
		if (choice.motionMode === 'fast' && duration === 8) throw new InputError('Motion Mode', 'Motion Mode "fast" cannot make an 8 s video');
	}
	if (choice.cameraMovement && !CAMERA_MOVEMENT_MODELS.has(model)) {
		throw new InputError('Camera Movement', `Camera Movement only works with models v4 and v4.5, not ${model}`);
	}
	if (choice.generateAudio !== undefined && !AUDIO_SWITCH_MODELS.has(model)) {
		throw new InputError('Generate Audio', `Generate Audio needs model v5.5, v5.6, v6 or c1, not ${model}`);
	}
	if (choice.multiClip !== undefined && !MULTI_CLIP_MODELS.has(model)) {
		throw new InputError('Multi-Clip', `Multi-Clip needs model v5.5 or v6, not ${model}`);
	}
	if (choice.thinkingType && !THINKING_MODELS.has(model)) {
		throw new InputError('Prompt Optimization', `Prompt Optimization needs model v5.5, v5.6 or v6, not ${model}`);
	}
	if (choice.soundEffect && !PRE_V5.has(model) && model !== 'v5' && !choice.templateId) {
		throw new InputError('Sound Effect', `Sound effects at generation time need a model before v5 or a template, not ${model}`);
	}
}
