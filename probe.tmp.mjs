import { startCardPool } from './src/build/card-pool.ts';
const n = +process.argv[2];
const texts = Array.from({ length: n }, (_, i) => ({ title: `Card number ${i} with a longer title`, kicker: 'Aftercare', siteName: 'Site' }));
const pool = startCardPool(texts, { accent: '#0b6e69', accentText: '#ffffff', fontPackage: '@fontsource/atkinson-hyperlegible', fontFamily: 'Atkinson Hyperlegible' }, { root: '/work/main', cacheDir: '/tmp/cardprobe' + n }, {threads: 1});
await Promise.all(texts.map((x) => pool.drawn(x)));
