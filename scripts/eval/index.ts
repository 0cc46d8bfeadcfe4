/** `npm run eval`: quality tables from scripts/eval/sections/, on ../shared/data and the fixtures. */
import { runSections } from '../lib/sections.js';

await runSections(new URL('./sections/', import.meta.url), process.argv.slice(2));
