import type { Clock } from '../../nodes/shared/lifecycle/clock';

/**
 * A clock whose time only moves when the code under test sleeps. Every sleep is recorded, so
 * tests can assert the exact schedule without waiting in real time.
 */
export class FakeClock implements Clock {
	time = 0;
	readonly sleeps: number[] = [];
	/** Called at each sleep, before time advances (e.g. to abort mid-sleep). */
	onSleep?: (ms: number, clock: FakeClock) => void;

	now(): number {
		return this.time;
	}

	async sleep(ms: number, signal?: AbortSignal): Promise<void> {
		this.sleeps.push(ms);
		this.onSleep?.(ms, this);
		if (signal?.aborted) return;
		this.time += ms;
		await Promise.resolve();
	}
}
