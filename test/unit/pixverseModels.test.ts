import { InputError } from '../../nodes/shared/lifecycle/errors';
import { checkModelRules } from '../../nodes/PixVerse/models';

describe('PixVerse model rules (checked before any paid request)', () => {
	test.each([
		[{ model: 'v5', duration: 5, quality: '720p' }],
		[{ model: 'v5.5', duration: 10, quality: '720p' }],
		[{ model: 'v6', duration: 13, quality: '1080p' }],
		[{ model: 'c1', duration: 1, quality: '360p' }],
		[{ model: 'v4', duration: 5, quality: '540p', cameraMovement: 'zoom_in', motionMode: 'fast' }],
		[{ model: 'v5.5', duration: 5, quality: '540p', generateAudio: true, multiClip: true, thinkingType: 'auto' }],
	])('allows %j', (choice) => {
		expect(() => checkModelRules(choice)).not.toThrow();
	});

	test.each([
		[{ model: 'v5.5', duration: 10, quality: '1080p' }, 'Duration'],
		[{ model: 'v5.6', duration: 10, quality: '1080p' }, 'Duration'],
		[{ model: 'v3.5', duration: 8, quality: '1080p' }, 'Duration'],
		[{ model: 'v5', duration: 10, quality: '540p' }, 'Duration'],
		[{ model: 'v6', duration: 16, quality: '540p' }, 'Duration'],
		[{ model: 'v6', duration: 2.5, quality: '540p' }, 'Duration'],
		[{ model: 'v5', duration: 5, quality: '540p', cameraMovement: 'zoom_in' }, 'Camera Movement'],
		[{ model: 'v4', duration: 8, quality: '540p', motionMode: 'fast' }, 'Motion Mode'],
		[{ model: 'v5', duration: 5, quality: '540p', motionMode: 'normal' }, 'Motion Mode'],
		[{ model: 'v5', duration: 5, quality: '540p', generateAudio: true }, 'Generate Audio'],
		[{ model: 'v5.6', duration: 5, quality: '540p', multiClip: true }, 'Multi-Clip'],
		[{ model: 'c1', duration: 5, quality: '540p', thinkingType: 'enabled' }, 'Prompt Optimization'],
		[{ model: 'v7', duration: 5, quality: '540p' }, 'Model'],
		[{ model: 'v5', duration: 5, quality: '4k' }, 'Quality'],
	])('rejects %j naming %s', (choice, field) => {
		let error: unknown;
		try {
			checkModelRules(choice);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(InputError);
		expect((error as InputError).field).toBe(field);
	});
});
