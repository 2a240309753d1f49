import { resolveExtensionlessTs } from './src/build/ts-modules.ts';
resolveExtensionlessTs();
import { mkdtempSync } from 'node:fs';
const { socialCardFile } = await import('./src/lib/render-card.ts');
const { NEUTRAL_CARD_BRAND } = await import('./src/lib/social-card.ts');
const paths = { root: '/work/main', cacheDir: mkdtempSync('/tmp/cardc-') };
const texts = Array.from({ length: 200 }, (_, i) => ({ title: `Guide number ${i} about aftercare`, kicker: 'Aftercare', siteName: 'Micro-needling guide' }));
let t = performance.now(); for (const x of texts) await socialCardFile(x as any, NEUTRAL_CARD_BRAND, paths); console.log('draw ms/card', ((performance.now() - t) / 200).toFixed(2));
for (let r = 0; r < 3; r++) { t = performance.now(); for (const x of texts) await socialCardFile(x as any, NEUTRAL_CARD_BRAND, paths); console.log('kept ms/card', ((performance.now() - t) / 200).toFixed(3)); }
