import { InputError } from '../shared/lifecycle/errors';

/**
 * What each AI-video model accepts (VectCut's model capability table): output sizes, `gen_duration`
 * values, whether first/last frames work, and whether audio can be generated. Checked before any
 * paid request. Resolution sets follow the published table; newer models are given the set of
 * their family.
 */
export interface AiVideoModel {
	resolutions: string[];
	/** Allowed gen_duration values; empty = the model does not take a duration. */
	durations: number[];
	maxImages: number;
	audio: boolean;
}

const LANDSCAPE_PORTRAIT = ['1280x720', '720x1280', '1920x1080', '1080x1920'];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const AI_VIDEO_MODELS: Record<string, AiVideoModel> = {
	'veo3.1': { resolutions: LANDSCAPE_PORTRAIT, durations: [], maxImages: 2, audio: false },
	'veo3.1-pro': { resolutions: LANDSCAPE_PORTRAIT, durations: [], maxImages: 2, audio: false },
	'seedance-1.5-pro': { resolutions: [...LANDSCAPE_PORTRAIT, '960x960', '1440x1440'], durations: range(4, 12), maxImages: 2, audio: true },
	'seedance-2.0': { resolutions: [...LANDSCAPE_PORTRAIT, '960x960', '1440x1440'], durations: range(4, 15), maxImages: 9, audio: true },
	'seedance-2.0-fast': { resolutions: [...LANDSCAPE_PORTRAIT, '960x960'], durations: range(4, 15), maxImages: 9, audio: true },
	'grok-video-3': { resolutions: ['1280x720', '720x1280'], durations: [6, 10, 15], maxImages: 1, audio: false },
	sora2: { resolutions: ['1280x720', '720x1280'], durations: [10, 15], maxImages: 1, audio: false },
};

export interface AiVideoChoice {
	model: string;
	resolution: string;
	duration?: number;
	images: number;
	generateAudio?: boolean;
}

export function checkAiVideo(choice: AiVideoChoice): void {
	const model = AI_VIDEO_MODELS[choice.model];
	if (!model) throw new InputError('Model', `Unknown AI video model "${choice.model}". Use one of: ${Object.keys(AI_VIDEO_MODELS).join(', ')}`);
	if (!model.resolutions.includes(choice.resolution)) {
		throw new InputError('Resolution', `Model ${choice.model} makes ${model.resolutions.join(', ')}, not ${choice.resolution}`);
	}
	if (choice.duration !== undefined) {
		if (model.durations.length === 0) throw new InputError('Duration', `Model ${choice.model} does not take a duration; leave Duration at 0`);
		if (!model.durations.includes(choice.duration)) {
			const allowed = model.durations.length > 4 ? `${model.durations[0]}–${model.durations[model.durations.length - 1]}` : model.durations.join(', ');
			throw new InputError('Duration', `Model ${choice.model} takes a duration of ${allowed} s, got ${choice.duration}`);
		}
	}
	if (choice.images > model.maxImages) {
		throw new InputError('Images', `Model ${choice.model} takes at most ${model.maxImages} image${model.maxImages === 1 ? '' : 's'} (first${model.maxImages > 1 ? '/last' : ''} frame), got ${choice.images}`);
	}
	if (choice.generateAudio && !model.audio) throw new InputError('Generate Audio', `Model ${choice.model} cannot generate audio (only Seedance models can)`);
}

export const IMAGE_MODELS = ['nano_banana', 'nano_banana_2', 'nano_banana_pro', 'jimeng-4.5'];
