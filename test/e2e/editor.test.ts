/**
 * The editor, seen in a browser: a real n8n with this package installed, driven by Debian's
 * Chromium through playwright-core. Each node is added from the node panel, its parameters are
 * opened, and the credential form is checked for the Base URL field. Screenshots are kept in
 * test-artifacts/screenshots/.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { INodeType } from 'n8n-workflow';
import { chromium, type Browser, type Page } from 'playwright-core';

import { NewApi } from '../../nodes/NewApi/NewApi.node';
import { PixVerse } from '../../nodes/PixVerse/PixVerse.node';
import { VectCut } from '../../nodes/VectCut/VectCut.node';

import { n8n, prepareRealN8n, type RealN8n } from '../helpers/realN8n';

const SHOTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 5740;

let real: RealN8n;
let server: Awaited<ReturnType<typeof n8n.startServer>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	real = await prepareRealN8n(PORT);
	// One workflow with just a trigger per node, to add that node after it.
	const blank = (slug: string) => ({ id: `aigccheck${slug}`.slice(0, 16), name: `Browser check ${slug}`, nodes: [{ id: 't1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }], connections: {}, active: false, settings: { executionOrder: 'v1' } });
	await n8n.importJson('workflow', ['pixverse', 'newapi', 'vectcut'].map(blank), real.env, real.home);
	server = await n8n.startServer(real.env);
	await n8n.setupOwner(server.url);
	const cookie = await n8n.login(server.url);
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const [name, value] = cookie.split(';')[0].split('=');
	await context.addCookies([{ name, value, url: server.url }]);
	page = await context.newPage();
});

afterAll(async () => {
	await browser?.close();
	server?.child.kill('SIGKILL');
	await real?.sandbox.close();
});

async function addNode(search: string, slug: string) {
	await page.goto(`${server.url}/workflow/${`aigccheck${slug}`.slice(0, 16)}`, { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-test-id="canvas-node"]', { timeout: 60_000 });
	await page.click('[data-test-id="node-creator-plus-button"]');
	await page.waitForSelector('[data-test-id="node-creator-search-bar"]');
	await page.keyboard.type(search);
	await page.waitForTimeout(500);
}

/** How many actions the node offers: one per resource/operation pair. */
function actionCount(node: INodeType): number {
	return node.description.properties.filter((p) => p.name === 'operation').reduce((n, p) => n + (p.options?.length ?? 0), 0);
}

test.each<[string, string, INodeType, string, string[], string[]]>([
	['PixVerse', 'pixverse', new PixVerse(), 'Generate a video from text', ['Resource', 'Operation', 'Prompt', 'Model', 'Wait for Completion'], ['Video', 'Text to Video']],
	['New API', 'newapi', new NewApi(), 'Generate a video', ['Resource', 'Operation', 'Model', 'Prompt', 'Metadata (JSON)'], ['Video', 'Generate']],
	['VectCut', 'vectcut', new VectCut(), 'Create a draft', ['Resource', 'Operation', 'Canvas', 'Name'], ['Draft', 'Create']],
])('%s: found in the node panel with its icon and actions, parameters render, credential form has a Base URL', async (display, slug, node, action, labels, values) => {
	await addNode(display, slug);
	const creator = page.locator('[data-test-id="node-creator"]');
	const entry = creator.locator('[data-test-id="item-iterator-item"]', { has: page.getByText(display, { exact: true }) }).first();
	await entry.waitFor();
	// The icon is our SVG, served by n8n from the installed package.
	expect(await entry.locator('img').first().getAttribute('src')).toMatch(new RegExp(`/n8n-nodes-aigc/.*${slug}(\\.dark)?\\.svg`));
	await page.screenshot({ path: join(SHOTS, `${slug}-1-search.png`) });
	await entry.click();
	await creator.getByText(`Actions (${actionCount(node)})`).waitFor();
	await page.screenshot({ path: join(SHOTS, `${slug}-2-actions.png`) });
	await creator.getByText(action, { exact: true }).first().click();
	const parameters = page.locator('[data-test-id="node-parameters"]');
	await parameters.waitFor();
	await page.waitForTimeout(500);
	for (const label of labels) expect({ label, visible: await parameters.getByText(label, { exact: true }).first().isVisible() }).toEqual({ label, visible: true });
	const shown = await parameters.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
	for (const value of values) expect(shown).toContain(value);
	expect(shown).toContain(`${display} (sandbox)`);
	await page.screenshot({ path: join(SHOTS, `${slug}-3-parameters.png`) });

	// The credential form (opened with the pencil beside the selected credential).
	await page.locator('[data-test-id="node-credentials-select"]').locator('xpath=..').locator('[data-test-id="credential-edit-button"], .n8n-icon-button, button').last().click();
	const modal = page.locator('[data-test-id="editCredential-modal"]');
	await modal.waitFor();
	await page.waitForTimeout(500);
	await page.screenshot({ path: join(SHOTS, `${slug}-4-credential.png`) });
	expect(await modal.getByText(/^\s*Base URL/).first().isVisible()).toBe(true);
	expect(await modal.getByText(/^\s*API Key/).first().isVisible()).toBe(true);
	// n8n runs the credential's test request when the form opens: it passes against the sandbox, and it is free.
	await modal.getByText('Connection tested successfully').waitFor({ timeout: 30_000 });
	await page.screenshot({ path: join(SHOTS, `${slug}-4-credential.png`) });
	expect(real.sandbox.log.filter((e) => e.service === slug && e.kind === 'submit')).toHaveLength(0);
	expect(real.sandbox.log.some((e) => e.service === slug)).toBe(true);
});
