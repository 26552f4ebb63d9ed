/**
 * Benchmarks: our task engine against the ways users wait for AI jobs today, each comparison in
 * the same run, and against the physical limit (a batch cannot end before its slowest task, and a
 * finished task cannot be seen before the next poll). Writes bench/RESULTS.md.
 */
import { execSync, spawn, type ChildProcess } from 'child_process';
import { writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

import { makeItems, registerNodeType, runNode } from '../test/helpers/engine';
import { executeWorkflow, n8n, type CliRun } from '../test/helpers/realN8n';
import { startSandbox, type LogEntry, type Sandbox } from '../test/helpers/sandbox';
import { httpLoopWorkflow, ourWorkflow } from './loopWorkflow';

const sections: string[] = [];
const summary: string[] = [];
const BATCH = 50;
const INTERVAL_S = 5;

function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Wall time of a CLI run, from the first of `from` to the end of the last node run. */
function wallOf(run: CliRun, from: string): number {
	const start = run.runData[from]?.[0] as unknown as { startTime: number };
	let end = 0;
	for (const runs of Object.values(run.runData)) for (const r of runs as unknown as Array<{ startTime: number; executionTime: number }>) end = Math.max(end, r.startTime + r.executionTime);
	return end - start.startTime;
}

/** Polls per task and how long after a task was done its finishing poll came. */
function pollStats(sb: Sandbox): { pollsPerTask: number; latencies: number[] } {
	const polls = sb.log.filter((e) => e.service === 'pixverse' && e.kind === 'poll') as Array<LogEntry & { taskStatus?: number }>;
	const latencies: number[] = [];
	for (const [id, job] of sb.pixverse.jobs) {
		const seen = polls.find((e) => e.taskId === id && e.taskStatus === 1);
		if (seen) latencies.push(seen.t - (job.createdAt + job.durationMs));
	}
	return { pollsPerTask: polls.length / Math.max(1, sb.pixverse.jobs.size), latencies };
}

describe('batch wall time, polls and detection latency in a real n8n', () => {
	let sb: Sandbox;
	let env: NodeJS.ProcessEnv;
	let home: string;
	beforeAll(async () => {
		n8n.ensureN8n();
		home = execSync('mktemp -d').toString().trim();
		n8n.linkPackage(home);
		sb = await startSandbox({ pixverse: { smallIds: true, concurrencyLimit: 1000 } });
		// 50 tasks spread evenly over 3–6 s, keyed by the prompt's number.
		sb.pixverse.plan = (body) => ({ durationMs: 3000 + Math.round((Number(/#(\d+)/.exec(String(body.prompt))?.[1] ?? 0) * 3000) / (BATCH - 1)) });
		env = n8n.n8nEnv(home, 5760, { N8N_RUNNERS_BROKER_PORT: '5761' });
		await n8n.importJson('credentials', n8n.sandboxCredentials(sb.url, { pixverse: sb.pixverse.apiKey, newapi: 'x', vectcut: 'x' }), env, home);
		await n8n.importJson(
			'workflow',
			[
				ourWorkflow('benchours0000001', BATCH, {}),
				ourWorkflow('benchserial00001', BATCH, { maxConcurrency: 1, pollIntervalSeconds: INTERVAL_S }),
				httpLoopWorkflow('benchloop0000001', sb.url, sb.pixverse.apiKey, BATCH, INTERVAL_S),
			],
			env,
			home,
		);
	});
	afterAll(async () => sb?.close());

	test('ours vs one-at-a-time vs the HTTP Request + Wait + IF loop', async () => {
		const results: Array<{ name: string; wall: number; polls: number; p50: number; p95: number; ok: number }> = [];
		for (const [name, id, from, last] of [
			['Ours (PixVerse node, default options)', 'benchours0000001', 'PixVerse', 'PixVerse'],
			['HTTP Request + Wait + IF loop (n8n core nodes, 5 s wait)', 'benchloop0000001', 'Submit', 'Done'],
			['Same node, one task at a time, fixed 5 s interval', 'benchserial00001', 'PixVerse', 'PixVerse'],
		] as const) {
			sb.reset();
			sb.pixverse.plan = (body) => ({ durationMs: 3000 + Math.round((Number(/#(\d+)/.exec(String(body.prompt))?.[1] ?? 0) * 3000) / (BATCH - 1)) });
			const run = await executeWorkflow({ env, home, sandbox: sb, examples: new Map() }, id, 1_200_000);
			expect(run.error).toBeUndefined();
			const finished = (run.runData[last] ?? []).flatMap((r) => r.data?.main?.[0] ?? []);
			const stats = pollStats(sb);
			results.push({ name, wall: wallOf(run, from), polls: stats.pollsPerTask, p50: quantile(stats.latencies, 0.5), p95: quantile(stats.latencies, 0.95), ok: finished.length });
		}
		const ideal = 6000 + INTERVAL_S * 1000;
		const [ours, loop, serial] = results;
		sections.push(
			[
				'## 1–2. Batch of 50 video tasks (3–6 s each), in a real n8n 2.8.4',
				'',
				`Ideal: the slowest task plus one poll interval = ${s1(ideal)}. Wall time is measured inside the execution (first node start to last node end), without the CLI's start-up.`,
				'',
				'| Variant | Wall time | × ideal | Items out | Polls per task | Detection latency p50 | p95 |',
				'|---|---|---|---|---|---|---|',
				...results.map((r) => `| ${r.name} | ${s1(r.wall)} | ${(r.wall / ideal).toFixed(2)} | ${r.ok} | ${r.polls.toFixed(2)} | ${s1(r.p50)} | ${s1(r.p95)} |`),
				'',
				`Ours is ${(serial.wall / ours.wall).toFixed(1)}× faster than one at a time and ${(loop.wall / ours.wall).toFixed(2)}× the speed of the loop, with ${(ours.polls / loop.polls).toFixed(2)}× its polls.`,
				'Detection latency: from the moment the sandbox marks a task done to the poll that first sees it (our node outputs all items of a batch together when the last one is done, as n8n passes a node\'s items on together).',
				'',
				'Note: the loop only works here because the sandbox was told to issue small task ids. Real PixVerse ids exceed 2^53 and the HTTP Request node parses them as numbers, rounding them, so the loop would poll the wrong id.',
			].join('\n'),
		);
		summary.push(`| Batch wall time within 1.2× of ideal | ${(ours.wall / ideal).toFixed(2)}× | ${ours.wall / ideal <= 1.2 ? 'met' : 'missed'} |`);
		summary.push(`| At least 20× faster than one at a time (50 tasks) | ${(serial.wall / ours.wall).toFixed(1)}× | ${serial.wall / ours.wall >= 20 ? 'met' : 'missed'} |`);
		summary.push(`| No more polls than the loop | ${ours.polls.toFixed(2)} vs ${loop.polls.toFixed(2)} per task | ${ours.polls <= loop.polls ? 'met' : 'missed'} |`);
		summary.push(`| Lower detection latency than the loop (p50) | ${s1(ours.p50)} vs ${s1(loop.p50)} | ${ours.p50 < loop.p50 ? 'met' : 'missed'} |`);
		expect(ours.ok).toBe(BATCH);
		expect(loop.ok).toBe(BATCH);
	});
});

/** The way a naive node downloads: the whole file into a Buffer, then into binary data. */
class BufferedDownload implements INodeType {
	description = { displayName: 'Buffered', name: 'buffered', group: [], version: 1, description: '', defaults: { name: 'Buffered' }, inputs: ['main'], outputs: ['main'], properties: [] } as unknown as INodeType['description'];
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const url = String(this.getInputData()[0].json.url);
		const body = (await this.helpers.httpRequest({ method: 'GET', url, encoding: 'arraybuffer' })) as Buffer;
		const binary = await this.helpers.prepareBinaryData(Buffer.from(body), 'video.mp4', 'video/mp4');
		return [[{ json: { bytes: body.length }, binary: { data: binary }, pairedItem: { item: 0 } }]];
	}
}

/**
 * The floor for any node doing this job in n8n: per item, the same submit and status request
 * through n8n's authenticated HTTP helper, 100 at a time, and nothing else. Our engine's own
 * overhead is the difference.
 */
class BareRequests implements INodeType {
	description = { displayName: 'Bare', name: 'bare', group: [], version: 1, description: '', defaults: { name: 'Bare' }, inputs: ['main'], outputs: ['main'], credentials: [{ name: 'pixVerseApi', required: true }], properties: [] } as unknown as INodeType['description'];
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const creds = await this.getCredentials('pixVerseApi');
		const base = String(creds.baseUrl);
		const out: INodeExecutionData[] = [];
		for (let start = 0; start < items.length; start += 100) {
			const batch = items.slice(start, start + 100).map(async (_item, k) => {
				const i = start + k;
				const submit = (await this.helpers.httpRequestWithAuthentication.call(this, 'pixVerseApi', { method: 'POST', url: `${base}/openapi/v2/video/text/generate`, body: { prompt: `bare #${i}`, model: 'v5', duration: 5, quality: '540p' }, json: true, headers: { 'Ai-trace-id': `bare-${i}-${Date.now()}` } })) as IDataObject;
				const id = String((submit.Resp as IDataObject).video_id);
				const status = (await this.helpers.httpRequestWithAuthentication.call(this, 'pixVerseApi', { method: 'GET', url: `${base}/openapi/v2/video/result/${id}`, json: true, headers: { 'Ai-trace-id': `bare-poll-${i}` } })) as IDataObject;
				return { json: status, pairedItem: { item: i } };
			});
			out.push(...(await Promise.all(batch)));
		}
		return [out];
	}
}

async function peakRssGrowth(work: () => Promise<unknown>): Promise<number> {
	global.gc?.();
	const before = process.memoryUsage().rss;
	let peak = before;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
	await work();
	clearInterval(timer);
	return Math.max(peak, process.memoryUsage().rss) - before;
}

function sandboxProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; key: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(__dirname, '..', 'sandbox', 'cli.js')], { env: { ...process.env, SANDBOX_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout!.on('data', (d) => {
			out += d;
			const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
			const key = /PixVerse: Base URL \S+, API key (\S+)/.exec(out)?.[1];
			if (url && key) resolve({ child, url, key });
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
	});
}

describe('in the n8n engine', () => {
	test('3. downloading a 1 GB result: streamed vs buffered (sandbox in its own process)', async () => {
		const size = 1024 * 1024 * 1024;
		const sandbox = await sandboxProcess({ SANDBOX_TASK_MS: '50' });
		try {
			const creds = { pixVerseApi: { apiKey: sandbox.key, baseUrl: sandbox.url } };
			const generate = (download: boolean) => ({ resource: 'video', operation: 'textToVideo', prompt: `big [sb:size=${size}]`, model: 'v5', duration: 5, quality: '540p', downloadResult: download, taskOptions: { pollIntervalSeconds: 0.05 } });
			const streamed = await peakRssGrowth(() => runNode({ nodeType: 'CUSTOM.pixVerse', parameters: generate(true), items: makeItems(1), credentials: creds }).then((r) => expect(r.items[0].binary?.data).toBeDefined()));
			// The same 1 GB file, downloaded the buffered way.
			const task = await runNode({ nodeType: 'CUSTOM.pixVerse', parameters: generate(false), items: makeItems(1), credentials: creds });
			const url = String((task.items[0].json.outputs as IDataObject[])[0].url);
			registerNodeType('CUSTOM.buffered', new BufferedDownload());
			const buffered = await peakRssGrowth(() => runNode({ nodeType: 'CUSTOM.buffered', parameters: {}, items: [{ json: { url } }], credentials: creds }).then((r) => expect(r.status).toBe('success')));
			sections.push(['## 3. Download memory (1 GB result, filesystem binary mode)', '', 'Peak growth of the resident memory of the process running the n8n engine; the sandbox serves the file from its own process.', '', '| Download | Peak RSS growth |', '|---|---|', `| Ours (streamed into binary data) | ${(streamed / 1048576).toFixed(0)} MB |`, `| Buffered (arraybuffer → prepareBinaryData) | ${(buffered / 1048576).toFixed(0)} MB |`].join('\n'));
			summary.push(`| Peak RSS growth under 64 MB for a 1 GB download | ${(streamed / 1048576).toFixed(0)} MB (buffered: ${(buffered / 1048576).toFixed(0)} MB) | ${streamed < 64 * 1048576 ? 'met' : 'missed'} |`);
		} finally {
			sandbox.child.kill();
		}
	});

	test('4–5. engine overhead and growth (sandbox in its own process, tasks finish at once)', async () => {
		const sandbox = await sandboxProcess({ SANDBOX_TASK_MS: '0' });
		try {
			const creds = { pixVerseApi: { apiKey: sandbox.key, baseUrl: sandbox.url } };
			const parameters: IDataObject = { resource: 'video', operation: 'textToVideo', prompt: '={{ "instant #" + $json.i }}', model: 'v5', duration: 5, quality: '540p', taskOptions: { pollIntervalSeconds: 0.01, maxConcurrency: 100 } };
			// Warm up (JIT, connection pools).
			await runNode({ nodeType: 'CUSTOM.pixVerse', parameters, items: makeItems(20), credentials: creds });
			const rows: string[] = [];
			let perItem = 0;
			for (const n of [10, 100, 1000]) {
				global.gc?.();
				const rssBefore = process.memoryUsage().rss;
				let peak = rssBefore;
				const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
				const cpu = process.cpuUsage();
				const started = Date.now();
				const result = await runNode({ nodeType: 'CUSTOM.pixVerse', parameters, items: makeItems(n), credentials: creds });
				const wall = Date.now() - started;
				const used = process.cpuUsage(cpu);
				clearInterval(timer);
				expect(result.items).toHaveLength(n);
				expect(result.items.every((i) => i.json.status === 'succeeded')).toBe(true);
				const cpuMs = (used.user + used.system) / 1000;
				if (n === 1000) perItem = cpuMs / n;
				rows.push(`| ${n} | ${s1(wall)} | ${(wall / n).toFixed(1)} ms | ${(cpuMs / n).toFixed(2)} ms | ${((peak - rssBefore) / 1048576).toFixed(0)} MB |`);
			}
			registerNodeType('CUSTOM.bare', new BareRequests());
			await runNode({ nodeType: 'CUSTOM.bare', parameters: {}, items: makeItems(20), credentials: creds });
			const bareCpu = process.cpuUsage();
			const bare = await runNode({ nodeType: 'CUSTOM.bare', parameters: {}, items: makeItems(1000), credentials: creds });
			const bareUsed = process.cpuUsage(bareCpu);
			expect(bare.items).toHaveLength(1000);
			const barePerItem = (bareUsed.user + bareUsed.system) / 1000 / 1000;
			const engine = perItem - barePerItem;
			sections.push(
				[
					'## 4–5. Engine overhead and growth',
					'',
					'Each item: submit → poll → output through n8n-core\'s WorkflowExecute (parameter and expression resolution, n8n\'s authenticated HTTP helper, the output), tasks done at once, Max Concurrent Tasks 100. The sandbox runs in its own process, so the CPU figures are the node and the engine only.',
					'',
					'| Items | Wall time | Wall per item | CPU per item | Peak RSS growth |',
					'|---|---|---|---|---|',
					...rows,
					'',
					`The floor — a bare node that only makes the same two requests per item through n8n's authenticated HTTP helper: ${barePerItem.toFixed(2)} ms CPU per item (1,000 items). Our engine's own share (state, retries, deadline, output shape, trace ids) is the difference: ${engine.toFixed(2)} ms per item.`,
				].join('\n'),
			);
			summary.push(`| Engine overhead under 1 ms CPU per item | ${engine.toFixed(2)} ms of our own (${perItem.toFixed(2)} ms in all, of which ${barePerItem.toFixed(2)} ms are n8n's HTTP helper for the two requests) | ${engine < 1 ? 'met' : 'missed'} |`);
		} finally {
			sandbox.child.kill();
		}
	});
});

afterAll(() => {
	let commit = 'unknown';
	try {
		commit = execSync('git rev-parse --short HEAD', { cwd: join(__dirname, '..') }).toString().trim();
	} catch {
		// not a git checkout
	}
	const text = [
		'# Benchmarks',
		'',
		'Generated by `npm run bench` (bench/bench.bench.ts); do not edit by hand.',
		'',
		`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. Commit ${commit}. ${new Date().toISOString().slice(0, 10)}.`,
		'',
		'## Targets',
		'',
		'| Target | Measured | |',
		'|---|---|---|',
		...summary,
		'',
		...sections.flatMap((s) => [s, '']),
	].join('\n');
	writeFileSync(join(__dirname, 'RESULTS.md'), text);
});
