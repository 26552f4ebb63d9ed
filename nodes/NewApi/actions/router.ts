import type { INodeProperties } from 'n8n-workflow';

import { buildProperties, defaultsMap, operationMap, type ResourceTable } from '../../shared/descriptions/resources';
import type { TaskDefaults } from '../../shared/descriptions/taskOptions';
import { anyTaskStatus } from './anyTask';
import * as customTask from './customTask';
import * as image from './image/generate.operation';
import * as kling from './kling';
import * as luma from './luma';
import * as midjourney from './midjourney';
import * as minimax from './minimax';
import * as modelList from './model/list.operation';
import * as replicate from './replicate';
import * as runway from './runway';
import * as suno from './suno';
import * as video from './video';
import * as volcengine from './volcengine';

// Busy answers (429, Midjourney code 23) keep items queued in the node, so the cap can be generous.
export const NEWAPI_DEFAULTS: TaskDefaults = { timeoutSeconds: 1800, maxConcurrency: 50, autoIntervalSeconds: 15, minIntervalSeconds: 0.05 };
const FAST_TASKS: TaskDefaults = { ...NEWAPI_DEFAULTS, timeoutSeconds: 900, autoIntervalSeconds: 5 };

function statusEntries(ops: ReturnType<typeof import('./taskOps').statusOperations>, what: string, getName = 'Get Status') {
	return {
		[getName === 'Get Status' ? 'getStatus' : 'getTask']: { module: ops.getStatus, name: getName, action: `Get the status of a ${what}`, description: `Check a ${what} once` },
		waitUntilDone: { module: ops.waitUntilDone, name: 'Wait Until Done', action: `Wait until a ${what} is done`, description: `Wait for a ${what} by ID, then return (and optionally download) the result` },
	};
}

const RESOURCES: ResourceTable = {
	video: {
		name: 'Video',
		operations: {
			generate: { module: video.generate, name: 'Generate', action: 'Generate a video', description: 'Create a video through the unified video API' },
			...statusEntries(video.videoStatus, 'video task'),
		},
	},
	image: {
		name: 'Image',
		operations: { generate: { module: image, name: 'Generate', action: 'Generate an image', description: 'Create images through /v1/images/generations' } },
	},
	model: {
		name: 'Model',
		operations: { list: { module: modelList, name: 'List', action: 'List models', description: 'List the models this site offers' } },
	},
	midjourney: {
		name: 'Midjourney',
		defaults: FAST_TASKS,
		operations: {
			imagine: { module: midjourney.imagine, name: 'Imagine', action: 'Generate images with Midjourney', description: 'Create a 4-image grid from a prompt' },
			action: { module: midjourney.action, name: 'Action', action: 'Press a Midjourney button', description: 'Upscale (U1–U4), vary (V1–V4), zoom, pan or re-roll a finished task' },
			blend: { module: midjourney.blend, name: 'Blend', action: 'Blend images with Midjourney', description: 'Blend 2–5 images' },
			describe: { module: midjourney.describe, name: 'Describe', action: 'Describe an image with Midjourney', description: 'Get prompts for an image' },
			...statusEntries(midjourney.mjStatus, 'Midjourney task', 'Get Task'),
		},
	},
	suno: {
		name: 'Suno',
		defaults: FAST_TASKS,
		operations: {
			generateMusic: { module: suno.generateMusic, name: 'Generate Music', action: 'Generate a song with Suno', description: 'Create songs from lyrics or a description (one output item per clip)' },
			generateLyrics: { module: suno.generateLyrics, name: 'Generate Lyrics', action: 'Generate lyrics with Suno', description: 'Write lyrics from a prompt' },
			...statusEntries(suno.sunoStatus, 'Suno task', 'Get Task'),
		},
	},
	luma: {
		name: 'Luma',
		operations: {
			generate: { module: luma.generate, name: 'Generate', action: 'Generate a video with Luma', description: 'Text or image to video, with start and end keyframes' },
			extend: { module: luma.extend, name: 'Extend', action: 'Extend a Luma video', description: 'Continue a finished generation' },
			...statusEntries(luma.lumaStatus, 'Luma generation'),
		},
	},
	kling: {
		name: 'Kling',
		operations: {
			generate: { module: kling.generate, name: 'Generate', action: 'Generate a video with Kling', description: 'Text or image to video through the Kling-native route' },
			...statusEntries(kling.klingStatus, 'Kling task'),
		},
	},
	runway: {
		name: 'Runway',
		operations: {
			generate: { module: runway.generate, name: 'Generate', action: 'Generate a video with Runway', description: 'Image to video (Gen-4 Turbo, Gen-3 Alpha Turbo)' },
			...statusEntries(runway.runwayStatus, 'Runway task'),
		},
	},
	minimax: {
		name: 'MiniMax (Hailuo)',
		operations: {
			generate: { module: minimax.generate, name: 'Generate', action: 'Generate a video with MiniMax', description: 'Text or image to video with Hailuo models' },
			...statusEntries(minimax.miniMaxStatus, 'MiniMax task'),
		},
	},
	replicate: {
		name: 'Replicate',
		defaults: FAST_TASKS,
		operations: {
			generate: { module: replicate.generate, name: 'Generate', action: 'Run a Replicate model', description: 'Create a prediction for any model with a JSON input' },
			...statusEntries(replicate.replicateStatus, 'Replicate prediction'),
		},
	},
	volcengine: {
		name: 'Volcengine Ark (Seedance)',
		operations: {
			generate: { module: volcengine.generate, name: 'Generate', action: 'Generate a video with Seedance', description: 'Text or first/last-frame to video' },
			...statusEntries(volcengine.arkStatus, 'Volcengine task'),
		},
	},
	task: {
		name: 'Task (Any Type)',
		operations: statusEntries(anyTaskStatus, 'task of any type'),
	},
	customTask: {
		name: 'Custom Task',
		defaults: FAST_TASKS,
		operations: {
			submit: { module: customTask.submit, name: 'Submit', action: 'Submit a custom task', description: 'Any other async route the site serves (Flux, Ideogram, Udio, PIKA …)' },
			...statusEntries(customTask.customStatus, 'custom task'),
		},
	},
};

export const operations = operationMap(RESOURCES);
export const defaultsByResource = defaultsMap(RESOURCES, NEWAPI_DEFAULTS);

export function buildNewApiProperties(): INodeProperties[] {
	return buildProperties(RESOURCES, NEWAPI_DEFAULTS, 'video');
}
