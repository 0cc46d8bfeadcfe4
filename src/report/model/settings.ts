/** What renderReport tells the page besides the records: embedded as JSON next to them. */
export interface ReportSettings {
  /** The report's heading. */
  title: string;
  /** Tag kinds in legend order, from the schema's tag fields. */
  kinds: string[];
  /** The threadlens version that wrote the report. */
  generator: string;
}
