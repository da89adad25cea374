#!/usr/bin/env node
// Check out/<guide>/index.html in Debian's Chromium, driven by
// playwright-core (no browser download), opened from file:// as a user
// would open it:
//  - axe-core finds no violations in any language's view;
//  - every language's view carries its BCP 47 lang and direction, and
//    its address (#es) shows it from the top, the language switcher in
//    sight; the skip link (#main) keeps the view shown;
//  - every <audio> reports the duration manifest.json records (0.1 s),
//    and its captions track loads with one cue per WebVTT cue;
//  - the page is keyboard operable with a visible focus, and "play all"
//    goes on to the next section when one ends.
// usage: pagecheck.js OUT_GUIDE_DIR   (prints what failed; exit 1)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const dir = path.resolve(process.argv[2]);
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json')));
const axePath = require.resolve('axe-core/axe.min.js');
const problems = [];
const problem = (s) => { problems.push(s); console.log('FAIL ' + s); };

async function view(page, lang) {
	await page.goto('file://' + path.join(dir, 'index.html') + '#' + lang.bcp47);
	return page.evaluate(async (tag) => {
		const v = document.querySelector(`article[data-lang="${tag}"]`);
		const shown = () => [...document.querySelectorAll('article')]
			.filter((a) => !a.hidden).map((a) => a.dataset.lang);
		const r = { found: !!v, lang: v && v.lang, dir: v && v.dir,
			    shown: shown(), scroll: window.scrollY,
			    nav: document.querySelector('nav').getBoundingClientRect().top };
		location.hash = '#main';	// the skip link
		await new Promise((done) => setTimeout(done, 300));
		r.after_skip = shown();
		return r;
	}, lang.bcp47);
}

async function axe(page, lang) {
	await page.addScriptTag({ path: axePath });
	const r = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
	for (const v of r.violations)
		problem(`${lang.code}: axe ${v.id} (${v.impact}): ${v.help}: ` +
			v.nodes.map((n) => n.target.join(' ')).join(', '));
	return r.violations.length;
}

// Durations and captions of every track of the language shown.
async function media(page, lang) {
	const got = await page.evaluate(async (tag) => {
		const list = [...document.querySelector(`article[data-lang="${tag}"]`)
			.querySelectorAll('audio')];
		return Promise.all(list.map((a) => new Promise((done) => {
			const t = a.textTracks[0];
			const finish = () => done({ src: a.currentSrc, duration: a.duration,
						    cues: t && t.cues ? t.cues.length : -1,
						    error: a.error && a.error.code });
			let tries = 0;	// 15 s at most, then report what there is
			const wait = () => {
				if (!isNaN(a.duration) && t && t.cues && t.cues.length) finish();
				else if (a.error || ++tries > 300) finish();
				else setTimeout(wait, 50);
			};
			if (t) t.mode = 'hidden';
			a.load();
			wait();
		})));
	}, lang.bcp47);
	if (got.length !== lang.tracks.length)
		problem(`${lang.code}: ${got.length} players for ${lang.tracks.length} tracks`);
	lang.tracks.forEach((t, i) => {
		const g = got[i] || {};
		const vtt = fs.readFileSync(path.join(dir, t.captions), 'utf8');
		const want = (vtt.match(/ --> /g) || []).length;
		if (g.error || !(Math.abs(g.duration - t.duration) <= 0.1))
			problem(`${lang.code}/${t.section}: <audio> duration ${g.duration} ` +
				`(error ${g.error}), manifest ${t.duration}`);
		if (g.cues !== want)
			problem(`${lang.code}/${t.section}: ${g.cues} caption cues loaded, ` +
				`${want} in ${t.captions}`);
		if (!/\.opus$/.test(g.src || ''))
			problem(`${lang.code}/${t.section}: plays ${g.src}, not the Opus file`);
	});
	return got;
}

async function keyboard(page, lang) {
	// Tab from the top: every stop shows a focus outline; Enter on this
	// language's switcher link shows it; the "play all" button toggles.
	await page.goto('file://' + path.join(dir, 'index.html'));
	let reached = false;
	for (let i = 0; i < 40 && !reached; i++) {
		await page.keyboard.press('Tab');
		const f = await page.evaluate(() => {
			const e = document.activeElement;
			const s = getComputedStyle(e);
			return { tag: e.tagName, hash: e.hash || '', lang: e.lang,
				 outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
		});
		if (f.tag !== 'AUDIO' && !f.outline)
			problem(`${lang.code}: focused ${f.tag} ${f.hash} has no visible outline`);
		reached = f.hash === '#' + lang.bcp47;
	}
	if (!reached)
		return problem(`${lang.code}: its language link cannot be reached with Tab`);
	await page.keyboard.press('Enter');
	// hashchange is dispatched asynchronously: wait for it (5 s at most)
	const shown = await page.waitForFunction((tag) =>
		!document.querySelector(`article[data-lang="${tag}"]`).hidden &&
		[...document.querySelectorAll('article')].filter((a) => !a.hidden).length === 1,
		lang.bcp47, { timeout: 5000 }).then(() => true, () => false);
	if (!shown)
		problem(`${lang.code}: Enter on its language link does not show it alone`);
	const button = page.locator(`article[data-lang="${lang.bcp47}"] button`);
	await button.focus();
	await page.keyboard.press('Enter');
	const pressed = await button.getAttribute('aria-pressed');
	if (pressed !== 'true')
		problem(`${lang.code}: Enter on "Play all" leaves aria-pressed=${pressed}`);
}

async function playAll(page, lang) {
	// After "play all", the end of the first track starts the second.
	const ok = await page.evaluate(async (tag) => {
		const list = [...document.querySelector(`article[data-lang="${tag}"]`)
			.querySelectorAll('audio')];
		if (list.length < 2) return true;
		if (list[0].paused) return 'first track not playing';
		list[0].currentTime = Math.max(0, list[0].duration - 0.3);
		for (let i = 0; i < 300; i++) {	// 15 s at most
			if (!list[1].paused) return true;
			await new Promise((r) => setTimeout(r, 50));
		}
		return 'second track did not start';
	}, lang.bcp47);
	if (ok !== true)
		problem(`${lang.code}: play all: ${ok}`);
}

(async () => {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'audioguide-chromium-'));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
		       '--disable-background-networking', '--disable-component-update',
		       '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
	});
	try {
		const page = browser.pages()[0] || await browser.newPage();
		page.on('pageerror', (e) => problem('script error: ' + e.message));
		for (const lang of manifest.languages) {
			if (!lang.tracks.length) continue;
			const v = await view(page, lang);
			if (!v.found || v.shown.length !== 1 || v.shown[0] !== lang.bcp47)
				problem(`${lang.code}: #${lang.bcp47} shows ${v.shown}`);
			if (v.lang !== lang.bcp47 || v.dir !== (lang.rtl ? 'rtl' : 'ltr'))
				problem(`${lang.code}: view has lang=${v.lang} dir=${v.dir}`);
			if (v.scroll !== 0 || v.nav < 0)
				problem(`${lang.code}: #${lang.bcp47} scrolls the language switcher ` +
					`off screen (scrollY ${v.scroll})`);
			if (v.after_skip.length !== 1 || v.after_skip[0] !== lang.bcp47)
				problem(`${lang.code}: the skip link shows ${v.after_skip}`);
			const n = await axe(page, lang);
			const got = await media(page, lang);
			console.log(`${lang.code}: lang=${v.lang} dir=${v.dir}, axe ${n} violations, ` +
				    `${got.length} players, durations ` +
				    got.map((g, i) => (g.duration - lang.tracks[i].duration).toFixed(3)).join(' '));
			await keyboard(page, lang);
			await playAll(page, lang);
		}
	} finally {
		await browser.close();
		fs.rmSync(profile, { recursive: true, force: true });
	}
	console.log(problems.length ? `${problems.length} problems` : 'page: all checks passed');
	process.exit(problems.length ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
