/** A real n8n (the version scripts/n8n.js installs) with this package loaded, for end-to-end tests. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { IDataObject } from 'n8n-workflow';

import { startSandbox, type Sandbox } from './sandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const n8n = require('../../scripts/n8n') as {
	ROOT: string;
	OWNER: { email: string; password: string };
	ensureN8n: () => string;
	linkPackage: (home: string) => void;
	n8nEnv: (home: string, port: number, extra?: Record<string, string>) => NodeJS.ProcessEnv;
	cli: (args: string[], env: NodeJS.ProcessEnv, opts?: { timeoutMs?: number }) => Promise<{ code: number; stdout: string; stderr: string }>;
	sandboxCredentials: (url: string, keys: Record<string, string>) => IDataObject[];
	importJson: (kind: string, list: unknown[], env: NodeJS.ProcessEnv, dir: string) => Promise<unknown>;
	exampleWorkflows: (patch?: (wf: IDataObject, file: string) => IDataObject) => IDataObject[];
	startServer: (env: NodeJS.ProcessEnv, opts?: { timeoutMs?: number }) => Promise<{ child: import('child_process').ChildProcess; url: string; output: () => string }>;
	setupOwner: (url: string) => Promise<boolean>;
	login: (url: string) => Promise<string>;
};

export { n8n };

export interface RealN8n {
	home: string;
	env: NodeJS.ProcessEnv;
	sandbox: Sandbox;
	/** Example workflows as imported (file name → workflow). */
	examples: Map<string, IDataObject>;
}

/** Sets up a user folder with the package linked, sandbox credentials and the (fast-polling) examples. */
export async function prepareRealN8n(port: number): Promise<RealN8n> {
	n8n.ensureN8n();
	const home = mkdtempSync(join(tmpdir(), 'aigc-n8n-home-'));
	n8n.linkPackage(home);
	const sandbox = await startSandbox({ defaultDurationMs: 300 });
	const env = n8n.n8nEnv(home, port, { N8N_RUNNERS_BROKER_PORT: String(port + 1) });
	await n8n.importJson('credentials', n8n.sandboxCredentials(sandbox.url, { pixverse: sandbox.pixverse.apiKey, newapi: sandbox.newapi.apiKey, vectcut: sandbox.vectcut.apiKey }), env, home);
	const examples = new Map<string, IDataObject>();
	// The examples use automatic polling (15 s on gateways); here the sandbox's tasks take 0.3 s.
	const workflows = n8n.exampleWorkflows((wf, file) => {
		for (const node of wf.nodes as IDataObject[]) {
			const parameters = node.parameters as IDataObject;
			if (parameters.taskOptions) parameters.taskOptions = { ...(parameters.taskOptions as IDataObject), pollIntervalSeconds: 0.2 };
		}
		examples.set(file, wf);
		return wf;
	});
	await n8n.importJson('workflow', workflows, env, home);
	return { home, env, sandbox, examples };
}

export interface CliRun {
	code: number;
	ms: number;
	runData: Record<string, Array<{ executionStatus?: string; error?: IDataObject; data?: { main: Array<Array<{ json: IDataObject; binary?: IDataObject }>> } }>>;
	error?: IDataObject;
	stderr: string;
}

/** `n8n execute --id … --rawOutput`: the JSON after n8n's log lines. */
export async function executeWorkflow(real: RealN8n, id: string, timeoutMs = 180_000): Promise<CliRun> {
	const started = Date.now();
	const r = await n8n.cli(['execute', `--id=${id}`, '--rawOutput'], real.env, { timeoutMs });
	const ms = Date.now() - started;
	const start = r.stdout.indexOf('\n{');
	const text = start >= 0 ? r.stdout.slice(start + 1) : r.stdout.trim().startsWith('{') ? r.stdout : '';
	if (!text) throw new Error(`n8n execute printed no JSON (exit ${r.code}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
	const parsed = JSON.parse(text) as { data: { resultData: { runData: CliRun['runData']; error?: IDataObject } } };
	return { code: r.code, ms, runData: parsed.data.resultData.runData, error: parsed.data.resultData.error, stderr: r.stderr };
}

export function itemsOf(run: CliRun, node: string) {
	return run.runData[node]?.slice(-1)[0]?.data?.main?.[0] ?? [];
}
