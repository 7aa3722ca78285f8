// Types for smtp-check.js. The report is the same object that
// `smtp-probe lint --format json` prints (src/report.rs).

export type Severity = "error" | "warning" | "info";

/** A place in the pasted text: byte offsets (UTF-8) and 1-based line/column (characters). */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface Finding {
  /** Stable rule id, `family/slug` (e.g. `port/465-unsupported`). */
  id: string;
  severity: Severity;
  /** Index into `Report.configs`, or null for findings about the whole paste. */
  config: number | null;
  message: string;
  why: string;
  fix: string;
  span: Span | null;
}

/** What was understood of one configuration; secrets are redacted. */
export interface Settings {
  host: string | null;
  port: number | null;
  security: "starttls" | "implicit" | "none" | null;
  username: string | null;
  password_present: boolean;
  from: string | null;
  stream: string | null;
}

export interface ConfigSummary {
  /** Dialect id, e.g. `laravel-env`. */
  client: string;
  /** Human name, e.g. `Laravel .env`. */
  client_name: string;
  /** Whether the client would use this configuration. */
  active: boolean;
  label: string | null;
  settings: Settings;
}

export interface Report {
  version: string;
  configs: ConfigSummary[];
  /** Errors first, then by place. */
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number };
}

export interface ValidateOptions {
  /** Your verified Sender Signatures and Domains: a comma/space separated string or a list. */
  verified?: string | string[];
}

/** Checks a pasted SMTP configuration, in the browser. Never throws on any text. */
export function validate(text: string, options?: ValidateOptions): Report;

/** Resolves once the WebAssembly module is ready (it is once the module import resolved). */
export const loaded: Promise<void>;

/** Test-only: makes the module panic to exercise the recovery. */
export function __test_panic(): void;

/**
 * `<smtp-check>`: the checker in a shadow root.
 * Attributes: `verified` (the verified senders list), `compact` (a smaller layout).
 * Events (bubbling, composed): `smtp-check:ready` once mounted; `smtp-check:rendered`
 * after each check, `detail = { errors, warnings, infos }` (empty while the paste is empty).
 */
export type SmtpCheckElement = HTMLElement;

declare global {
  interface HTMLElementTagNameMap {
    "smtp-check": SmtpCheckElement;
  }
  interface HTMLElementEventMap {
    "smtp-check:ready": CustomEvent<undefined>;
    "smtp-check:rendered": CustomEvent<{ errors?: number; warnings?: number; infos?: number }>;
  }
}
