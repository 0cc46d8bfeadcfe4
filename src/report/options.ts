import * as z from 'zod';
import { ThreadlensError } from '../errors.js';

export const ReportOptions = z.lazy(() =>
  z
    .object({
      title: z.string().optional().describe('The report heading and document title (default "threadlens report")'),
    })
    .strict()
    .meta({ id: 'ReportOptions' }),
);
export type ReportOptions = z.infer<typeof ReportOptions>;

export function parseReportOptions(options: unknown): ReportOptions {
  const parsed = ReportOptions.safeParse(options ?? {});
  if (!parsed.success) throw new ThreadlensError('invalid-options', `renderReport options: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
