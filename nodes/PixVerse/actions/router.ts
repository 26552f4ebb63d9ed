import type { INodeProperties } from 'n8n-workflow';

import { buildProperties, operationMap, type ResourceTable } from '../../shared/descriptions/resources';
import type { TaskDefaults } from '../../shared/descriptions/taskOptions';
import * as getBalance from './account/getBalance.operation';
import * as imageUpload from './image/upload.operation';
import * as mediaUpload from './media/upload.operation';
import * as getStatus from './task/getStatus.operation';
import * as waitUntilDone from './task/waitUntilDone.operation';
import * as extend from './video/extend.operation';
import * as fusion from './video/fusion.operation';
import * as imageToVideo from './video/imageToVideo.operation';
import * as lipSync from './video/lipSync.operation';
import * as soundEffect from './video/soundEffect.operation';
import * as textToVideo from './video/textToVideo.operation';
import * as transition from './video/transition.operation';

// A high cap is safe: when the plan's own limit is reached PixVerse answers 500044, and the item
// waits in the node's queue until a slot frees, without being charged.
export const PIXVERSE_DEFAULTS: TaskDefaults = {
	timeoutSeconds: 1800,
	maxConcurrency: 50,
	autoIntervalSeconds: 5,
	minIntervalSeconds: 0.1,
};

/** resource → operation → module. The order here is the order in the UI. */
const RESOURCES: ResourceTable = {
	video: {
		name: 'Video',
		operations: {
			extend: { module: extend, name: 'Extend', action: 'Extend a video', description: 'Continue a video with more seconds' },
			fusion: { module: fusion, name: 'Fusion', action: 'Generate a video from reference images', description: 'Combine 1–3 reference images into one video' },
			imageToVideo: { module: imageToVideo, name: 'Image to Video', action: 'Generate a video from an image', description: 'Animate an image' },
			lipSync: { module: lipSync, name: 'Lip Sync', action: 'Lip sync a video', description: 'Make a face in a video speak a text or an audio track' },
			soundEffect: { module: soundEffect, name: 'Sound Effect', action: 'Add sound effects to a video', description: 'Add generated sound to a video' },
			textToVideo: { module: textToVideo, name: 'Text to Video', action: 'Generate a video from text', description: 'Make a video from a prompt' },
			transition: { module: transition, name: 'Transition', action: 'Generate a video between two frames', description: 'Make a video from a first and a last frame' },
		},
	},
	task: {
		name: 'Task',
		operations: {
			getStatus: { module: getStatus, name: 'Get Status', action: 'Get the status of a task', description: 'Check a video task once' },
			waitUntilDone: { module: waitUntilDone, name: 'Wait Until Done', action: 'Wait until a task is done', description: 'Wait for a video task by ID, then return (and optionally download) the result' },
		},
	},
	image: {
		name: 'Image',
		operations: {
			upload: { module: imageUpload, name: 'Upload', action: 'Upload an image', description: 'Upload an image for image-to-video' },
		},
	},
	media: {
		name: 'Media',
		operations: {
			upload: { module: mediaUpload, name: 'Upload', action: 'Upload a video or audio file', description: 'Upload a video or an audio file for extend, lip sync and sound effects' },
		},
	},
	account: {
		name: 'Account',
		operations: {
			getBalance: { module: getBalance, name: 'Get Balance', action: 'Get the credit balance', description: 'Read the API credit balance' },
		},
	},
};

export const operations = operationMap(RESOURCES);

export function buildPixVerseProperties(): INodeProperties[] {
	return buildProperties(RESOURCES, PIXVERSE_DEFAULTS, 'video');
}
