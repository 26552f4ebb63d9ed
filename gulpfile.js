const { src, dest } = require('gulp');

// Icons are not compiled by tsc; copy them next to the compiled node and credential files.
// `encoding: false` keeps binary icons (PNG) intact.
function buildIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'nodes/**/*.node.json'], { base: '.', encoding: false }).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
