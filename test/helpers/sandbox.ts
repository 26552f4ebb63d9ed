// Typed access to the JavaScript sandbox for the tests.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../../sandbox/server') as { startSandbox: (options?: object) => Promise<Sandbox> };

export interface LogEntry {
	t: number;
	host: string;
	method: string;
	path: string;
	query?: Record<string, string>;
	headers: Record<string, string>;
	service: string;
	kind: string;
	accepted?: boolean;
	body?: Record<string, unknown>;
	prompt?: string;
	deduplicated?: boolean;
	taskId?: string;
	traceId?: string;
	fault?: string;
}

export interface PixVerseSim {
	apiKey: string;
	concurrencyLimit: number;
	resultSize: number;
	resultTtlMs: number;
	jobs: Map<string, { createdAt: number; durationMs: number; outcome: string; trace?: string }>;
	plan?: (body: Record<string, unknown>, path: string) => Partial<{ durationMs: number; outcome: string; size: number }> | undefined;
	credits: Map<string, number>;
}

export interface NewApiSim {
	apiKey: string;
	quota: number;
	idStyle: 'gateway' | 'upstream';
	resultField: 'result_url' | 'fail_reason' | 'native';
	minimaxStyle: 'native' | 'taskdto';
	contentRedirect: boolean;
	jobs: Map<string, { id: string; vendor: string; createdAt: number; durationMs: number; outcome: string; body: Record<string, unknown> }>;
	plan?: (body: Record<string, unknown>, vendor: string) => Partial<{ durationMs: number; outcome: string; size: number }> | undefined;
}

export interface VectCutSim {
	apiKey: string;
	balance: number;
	purchaseLink: string;
	drafts: Map<string, { draft_id: string; width: number; height: number; tracks: Array<{ name: string; type: string; segments: Array<Record<string, unknown>>; keyframes?: unknown[] }> }>;
	tasks: Map<string, { id: string; kind: string; outcome: string; durationMs: number; createdAt: number }>;
	plan?: (kind: string, body: Record<string, unknown>) => Partial<{ durationMs: number; outcome: string; size: number }> | undefined;
}

export interface Sandbox {
	url: string;
	cdnUrl: string;
	log: LogEntry[];
	defaultDurationMs: number;
	faults: { add(rule: object): void; clear(): void; countFired(): Record<string, number>; seed(n: number): void };
	pixverse: PixVerseSim;
	newapi: NewApiSim;
	vectcut: VectCutSim;
	reset(): void;
	clearLog(): void;
	/** Registers a result file of `size` bytes on the CDN host and returns its URL. */
	file(name: string, size: number, ttlMs?: number): string;
	close(): Promise<void>;
}

export { startSandbox };
