import type { INodeProperties } from 'n8n-workflow';

import { buildProperties, defaultsMap, operationMap, type ResourceTable } from '../../shared/descriptions/resources';
import type { TaskDefaults } from '../../shared/descriptions/taskOptions';
import * as digitalHuman from './ai/digitalHuman.operation';
import * as generateAiVideo from './ai/generateAiVideo.operation';
import * as generateImage from './ai/generateImage.operation';
import * as generateSpeech from './ai/generateSpeech.operation';
import * as removeBackground from './ai/removeBackground.operation';
import * as smartSubtitle from './ai/smartSubtitle.operation';
import * as create from './draft/create.operation';
import * as getScript from './draft/getScript.operation';
import * as render from './draft/render.operation';
import * as save from './draft/save.operation';
import * as extractAudio from './media/extractAudio.operation';
import * as getDuration from './media/getDuration.operation';
import * as splitVideo from './media/splitVideo.operation';
import { catalogModules } from './more/catalogOps';
import * as task from './task';
import * as addAudio from './timeline/addAudio.operation';
import * as addEffect from './timeline/addEffect.operation';
import * as addFilter from './timeline/addFilter.operation';
import * as addImage from './timeline/addImage.operation';
import * as addKeyframe from './timeline/addKeyframe.operation';
import * as addSticker from './timeline/addSticker.operation';
import * as addSubtitle from './timeline/addSubtitle.operation';
import * as addText from './timeline/addText.operation';
import * as addVideo from './timeline/addVideo.operation';

export const VECTCUT_DEFAULTS: TaskDefaults = { timeoutSeconds: 1200, maxConcurrency: 20, autoIntervalSeconds: 5, minIntervalSeconds: 0.05 };
const LONG_TASKS: TaskDefaults = { ...VECTCUT_DEFAULTS, timeoutSeconds: 2100 };

const RESOURCES: ResourceTable = {
	draft: {
		name: 'Draft',
		operations: {
			create: { module: create, name: 'Create', action: 'Create a draft', description: 'Start a new JianYing/CapCut draft' },
			getScript: { module: getScript, name: 'Get Script', action: 'Get the script of a draft', description: 'Read the whole draft (tracks and segments) as JSON' },
			save: { module: save, name: 'Save', action: 'Save a draft', description: 'Save the draft so it can be downloaded into JianYing/CapCut' },
			render: { module: render, name: 'Render to Video', action: 'Render a draft to video', description: 'Render the draft to MP4 in the cloud' },
		},
	},
	timeline: {
		name: 'Timeline',
		operations: {
			addVideo: { module: addVideo, name: 'Add Video', action: 'Add a video to a draft', description: 'Put a video clip on a track' },
			addAudio: { module: addAudio, name: 'Add Audio', action: 'Add audio to a draft', description: 'Put music or speech on a track' },
			addImage: { module: addImage, name: 'Add Image', action: 'Add an image to a draft', description: 'Put an image on a track' },
			addText: { module: addText, name: 'Add Text', action: 'Add text to a draft', description: 'Put a text on a track' },
			addSubtitle: { module: addSubtitle, name: 'Add Subtitle', action: 'Add subtitles to a draft', description: 'Import SRT subtitles (text, URL or file)' },
			addEffect: { module: addEffect, name: 'Add Effect', action: 'Add an effect to a draft', description: 'Add a scene or character effect' },
			addSticker: { module: addSticker, name: 'Add Sticker', action: 'Add a sticker to a draft', description: 'Put a sticker on a track' },
			addFilter: { module: addFilter, name: 'Add Filter', action: 'Add a filter to a draft', description: 'Add a colour filter' },
			addKeyframe: { module: addKeyframe, name: 'Add Keyframe', action: 'Add a keyframe to a draft', description: 'Animate a track property' },
		},
	},
	ai: {
		name: 'AI',
		defaults: LONG_TASKS,
		operations: {
			generateImage: { module: generateImage, name: 'Generate Image', action: 'Generate an image', description: 'Nano Banana or Jimeng image, optionally placed into a draft' },
			generateAiVideo: { module: generateAiVideo, name: 'Generate AI Video', action: 'Generate an AI video', description: 'Veo, Seedance, Grok or Sora video, optionally placed into a draft' },
			generateSpeech: { module: generateSpeech, name: 'Generate Speech', action: 'Generate speech', description: 'Text to speech (Azure, Fish, MiniMax, Volcengine voices)' },
			digitalHuman: { module: digitalHuman, name: 'Digital Human', action: 'Create a digital human video', description: 'Lip-sync a person video to an audio track' },
			smartSubtitle: { module: smartSubtitle, name: 'Smart Subtitle', action: 'Add smart subtitles', description: 'Recognise speech (or match a script) into styled subtitles on a draft' },
			removeBackground: { module: removeBackground, name: 'Remove Background', action: 'Remove the background of a person video', description: 'Cut the person out and place them over a new background' },
		},
	},
	media: {
		name: 'Media Tools',
		operations: {
			getDuration: { module: getDuration, name: 'Get Duration', action: 'Get the duration of a media file', description: 'Length of a video or audio in seconds' },
			extractAudio: { module: extractAudio, name: 'Extract Audio', action: 'Extract the audio of a video', description: 'Get the soundtrack as an audio file' },
			splitVideo: { module: splitVideo, name: 'Split Video', action: 'Cut a part out of a video', description: 'Keep the part between start and end' },
		},
	},
	task: {
		name: 'Task',
		defaults: LONG_TASKS,
		operations: {
			getStatus: { module: task.getStatus, name: 'Get Status', action: 'Get the status of a task', description: 'Check a render or AI task once' },
			waitUntilDone: { module: task.waitUntilDone, name: 'Wait Until Done', action: 'Wait until a task is done', description: 'Wait for a render or AI task by ID, then return (and optionally download) the result' },
		},
	},
	more: { name: 'More', operations: catalogModules },
};

export const operations = operationMap(RESOURCES);
export const defaultsByResource = defaultsMap(RESOURCES, VECTCUT_DEFAULTS);

export function buildVectCutProperties(): INodeProperties[] {
	return buildProperties(RESOURCES, VECTCUT_DEFAULTS, 'draft');
}
