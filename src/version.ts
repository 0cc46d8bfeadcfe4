import { version } from '../package.json';

/** The package version, stamped on every record so a result traces back to the code that made it. */
export const THREADLENS_VERSION: string = version;
