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
  /** Machine-applicable fixes (possibly none); at most one is applied per finding. */
  fixes: Fix[];
}

/** A replacement of bytes `start..end` (UTF-8 offsets) of the paste by `text`; an insertion when start == end. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A titled set of edits applied together. `safe`: the intended meaning is certain; `unsafe`: to confirm. */
export interface Fix {
  title: string;
  applicability: "safe" | "unsafe";
  edits: Edit[];
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

export interface FixOptions extends ValidateOptions {
  /** Also apply the fixes that need confirmation (default false). */
  unsafe?: boolean;
}

/** A fix that went into the corrected text. */
export interface UsedFix {
  /** Index into `report.findings`, or null for a finding that appeared only after earlier fixes. */
  finding: number | null;
  /** The finding's rule id. */
  id: string;
  title: string;
  applicability: "safe" | "unsafe";
}

/** A fix left out, and why. */
export interface SkippedFix extends UsedFix {
  /** `unsafe` (not asked for), `overlap` (another fix changes the same text) or `invalid`. */
  reason: "unsafe" | "overlap" | "invalid";
}

export interface Applied {
  /** The corrected text: exactly what `smtp-probe lint --fix` (with `--unsafe-fixes` for `unsafe`) prints. */
  text: string;
  applied: UsedFix[];
  skipped: SkippedFix[];
}

/** Lints `text` and applies its fixes until nothing changes. Never throws on any text. */
export function fix(text: string, options?: FixOptions): { report: Report; applied: Applied };

/**
 * Awaiting it loads the WebAssembly module (once; importing this file does
 * not) and resolves when `validate` and `fix` can be called: they throw before.
 */
export const loaded: PromiseLike<void>;

/** Test-only: makes the module panic to exercise the recovery. */
export function __test_panic(): void;

/**
 * `<smtp-check>`: the checker in a shadow root.
 * Attributes: `verified` (the verified senders list), `compact` (a smaller layout).
 * Drawn at once by smtp-check.js; the module loads on the first focus, paste or
 * example click, or when the element comes within 200 px of the viewport.
 * Events (bubbling, composed): `smtp-check:ready` once the module has taken over; `smtp-check:rendered`
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
