/** Options shared by every CSV reader (SPEC §2.1). */
export interface CsvOptions {
  /** Override delimiter detection: ',', ';', '|' or '\t'. */
  delimiter?: string;
  /** Override encoding detection. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Column map: canonical name -> header in the export (from `--columns map.yaml`), for every file that has such a column. */
  columns?: Readonly<Record<string, string>>;
  /** The column map's entries for one kind of file only (its `functions:`, `headcount:` or `similarity:` block); they win over `columns`. */
  columnsByRole?: Readonly<Partial<Record<FileRole, Readonly<Record<string, string>>>>>;
  /** Path of that map, for diagnostics. */
  columnsFile?: string;
  /** Numbers use a decimal comma and `.` only groups thousands (the excel-nl preset): `1.500` is 1500. */
  decimalComma?: boolean;
  /**
   * The delimiter a preset reads (excel-nl: `;`) when none is given; a file whose header is separated
   * by another (spp's own `,` format, as `spp init` writes functions.csv) is read with that one, and with
   * decimal points when it is `,` (CSV_PRESET_DELIMITER).
   */
  presetDelimiter?: string;
}

/** Which input a CSV file is: the function profiles, the headcount (any file of an HR-system export) or the similarity file. */
export type FileRole = 'functions' | 'headcount' | 'similarity';

/** The delimiters SPEC §2.1 allows, in order of preference when the header line is ambiguous. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

export type Encoding = 'utf-8' | 'windows-1252';
