import { sleep as n8nSleep } from 'n8n-workflow';

/** Time as the engine sees it; tests inject a fake one. */
export interface Clock {
	now(): number;
	/**
	 * Sleep for `ms` milliseconds or until `signal` aborts, whichever is first.
	 * Never rejects: callers check the signal after waking.
	 */
	sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Longest single sleep step, so an abort is noticed within this many milliseconds. */
const SLEEP_STEP_MS = 200;

/**
 * The production clock. Sleeps in short steps of n8n-workflow's `sleep`, checking the abort
 * signal between steps: `sleep(ms, signal)` only exists from n8n-workflow 2.34, and community
 * nodes may not call `setTimeout` themselves.
 */
export const systemClock: Clock = {
	now: () => Date.now(),
	async sleep(ms: number, signal?: AbortSignal): Promise<void> {
		const end = Date.now() + Math.max(0, ms);
		while (!signal?.aborted) {
			const left = end - Date.now();
			if (left <= 0) return;
			await n8nSleep(Math.min(left, SLEEP_STEP_MS));
		}
	},
};
