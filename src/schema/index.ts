export * from './segment.js';
export * from './tags.js';
export * from './page.js';
export * from './analyzed.js';
export * from './records.js';
export * from './targets.js';
