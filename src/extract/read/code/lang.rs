//! What differs between the languages the code reader reads, kept as data
//! beside one tokenizer and one structure builder (as difftastic keeps its
//! per-language configuration).

use super::super::strings::Escapes;

pub use crate::model::Lang;

/// One kind of string literal.
#[derive(Clone, Copy, Debug)]
pub struct StringKind {
    pub open: &'static str,
    pub close: &'static str,
    pub escapes: Escapes,
    /// What starts an interpolation inside it (`${`, `#{`, `{`, `$`), if any.
    pub interpolation: Option<&'static str>,
    pub multiline: bool,
}

const fn s(
    open: &'static str,
    close: &'static str,
    escapes: Escapes,
    interpolation: Option<&'static str>,
    multiline: bool,
) -> StringKind {
    StringKind {
        open,
        close,
        escapes,
        interpolation,
        multiline,
    }
}

/// A language's lexical and structural conventions.
pub struct LangDef {
    pub line_comments: &'static [&'static str],
    pub block_comment: Option<(&'static str, &'static str)>,
    /// String kinds, longest opener first.
    pub strings: &'static [StringKind],
    /// Statements end at a line break (outside brackets).
    pub newline_ends: bool,
    /// Words that are literal values, not references.
    pub literals: &'static [&'static str],
    /// `do … end` / `def … end` blocks (Ruby, Elixir).
    pub end_blocks: bool,
    /// Blocks by indentation (Python).
    pub indent_blocks: bool,
    /// `:symbol` literals (Ruby, Elixir).
    pub symbols: bool,
    /// Calls may omit parentheses at the start of a statement (Ruby, Elixir).
    pub bare_calls: bool,
    /// `key = value` pairs inside `{…}` (HCL, Nix, C# initializers, Lua).
    pub eq_pairs: bool,
    /// Identifiers may start with `$` (PHP variables).
    pub dollar_idents: bool,
}

const C_STRINGS: &[StringKind] = &[
    s("\"", "\"", Escapes::Backslash, None, false),
    s("'", "'", Escapes::Backslash, None, false),
];

const LITERALS_C: &[&str] = &["true", "false", "null"];

pub fn def(lang: Lang) -> &'static LangDef {
    match lang {
        Lang::JavaScript => &JAVASCRIPT,
        Lang::Json => &JSON,
        Lang::Php => &PHP,
        Lang::Python => &PYTHON,
        Lang::Ruby => &RUBY,
        Lang::Go => &GO,
        Lang::CSharp => &CSHARP,
        Lang::Java => &JAVA,
        Lang::Kotlin => &KOTLIN,
        Lang::Elixir => &ELIXIR,
        Lang::Hcl => &HCL,
        Lang::Nix => &NIX,
        Lang::Rust => &RUST,
        Lang::Perl => &PERL,
    }
}

static JAVASCRIPT: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("`", "`", Escapes::Backslash, Some("${"), true),
        s("\"", "\"", Escapes::Backslash, None, false),
        s("'", "'", Escapes::Backslash, None, false),
    ],
    newline_ends: true,
    literals: &["true", "false", "null", "undefined"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: true,
};

static JSON: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: C_STRINGS,
    newline_ends: false,
    literals: LITERALS_C,
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: false,
};

static PHP: LangDef = LangDef {
    line_comments: &["//", "#"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("\"", "\"", Escapes::Backslash, Some("$"), false),
        s("'", "'", Escapes::Minimal, None, false),
    ],
    newline_ends: false,
    literals: &[
        "true", "false", "null", "TRUE", "FALSE", "NULL", "True", "False",
    ],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: true,
};

static PYTHON: LangDef = LangDef {
    line_comments: &["#"],
    block_comment: None,
    strings: &[
        s("\"\"\"", "\"\"\"", Escapes::Backslash, None, true),
        s("'''", "'''", Escapes::Backslash, None, true),
        s("\"", "\"", Escapes::Backslash, None, false),
        s("'", "'", Escapes::Backslash, None, false),
    ],
    newline_ends: true,
    literals: &["True", "False", "None"],
    end_blocks: false,
    indent_blocks: true,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: false,
};

static RUBY: LangDef = LangDef {
    line_comments: &["#"],
    block_comment: None,
    strings: &[
        s("\"", "\"", Escapes::Backslash, Some("#{"), false),
        s("'", "'", Escapes::Minimal, None, false),
    ],
    newline_ends: true,
    literals: &["true", "false", "nil"],
    end_blocks: true,
    indent_blocks: false,
    symbols: true,
    bare_calls: true,
    eq_pairs: false,
    dollar_idents: false,
};

static GO: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("`", "`", Escapes::None, None, true),
        s("\"", "\"", Escapes::Backslash, None, false),
        s("'", "'", Escapes::Backslash, None, false),
    ],
    newline_ends: true,
    literals: &["true", "false", "nil"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: false,
};

static CSHARP: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("\"\"\"", "\"\"\"", Escapes::None, None, true),
        s("$@\"", "\"", Escapes::Doubled, Some("{"), true),
        s("@$\"", "\"", Escapes::Doubled, Some("{"), true),
        s("@\"", "\"", Escapes::Doubled, None, true),
        s("$\"", "\"", Escapes::Backslash, Some("{"), false),
        s("\"", "\"", Escapes::Backslash, None, false),
        s("'", "'", Escapes::Backslash, None, false),
    ],
    newline_ends: false,
    literals: &["true", "false", "null"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: true,
    dollar_idents: false,
};

static JAVA: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("\"\"\"", "\"\"\"", Escapes::Backslash, None, true),
        s("\"", "\"", Escapes::Backslash, None, false),
        s("'", "'", Escapes::Backslash, None, false),
    ],
    newline_ends: false,
    literals: LITERALS_C,
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: false,
};

static KOTLIN: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("\"\"\"", "\"\"\"", Escapes::None, Some("$"), true),
        s("\"", "\"", Escapes::Backslash, Some("$"), false),
        s("'", "'", Escapes::Backslash, None, false),
    ],
    newline_ends: true,
    literals: LITERALS_C,
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: false,
};

static ELIXIR: LangDef = LangDef {
    line_comments: &["#"],
    block_comment: None,
    strings: &[
        s("\"\"\"", "\"\"\"", Escapes::Backslash, Some("#{"), true),
        s("\"", "\"", Escapes::Backslash, Some("#{"), false),
        s("'", "'", Escapes::Backslash, Some("#{"), false),
    ],
    newline_ends: true,
    literals: &["true", "false", "nil"],
    end_blocks: true,
    indent_blocks: false,
    symbols: true,
    bare_calls: true,
    eq_pairs: false,
    dollar_idents: false,
};

static HCL: LangDef = LangDef {
    line_comments: &["#", "//"],
    block_comment: Some(("/*", "*/")),
    // HOCON's `"""…"""` (Play, Akka and TheHive `.conf` files, read by
    // this reader) holds quotes and line breaks and has no escapes.
    strings: &[
        s("\"\"\"", "\"\"\"", Escapes::None, None, true),
        s("\"", "\"", Escapes::Backslash, Some("${"), false),
    ],
    newline_ends: true,
    literals: &["true", "false", "null"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: true,
    dollar_idents: false,
};

static NIX: LangDef = LangDef {
    line_comments: &["#"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("''", "''", Escapes::None, Some("${"), true),
        s("\"", "\"", Escapes::Backslash, Some("${"), true),
    ],
    newline_ends: false,
    literals: &["true", "false", "null"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: true,
    dollar_idents: false,
};

/// Rust: raw strings (`r"…"`, `r#"…"#`) have no escapes and every string
/// may span lines; `'` opens a lifetime or a char, not a string.
static RUST: LangDef = LangDef {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    strings: &[
        s("r##\"", "\"##", Escapes::None, None, true),
        s("r#\"", "\"#", Escapes::None, None, true),
        s("br\"", "\"", Escapes::None, None, true),
        s("r\"", "\"", Escapes::None, None, true),
        s("b\"", "\"", Escapes::Backslash, None, true),
        s("\"", "\"", Escapes::Backslash, None, true),
    ],
    newline_ends: false,
    literals: &["true", "false", "None"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: false,
};

/// Perl: `'…'` keeps its text (only `\\` and `\'` are escapes), `"…"`
/// interpolates `$var`; `q(…)`/`qq{…}`, POD, `$h{key}` and `__END__` are
/// the tokenizer's (see `tokens::perl`).
static PERL: LangDef = LangDef {
    line_comments: &["#"],
    block_comment: None,
    strings: &[
        s("\"", "\"", Escapes::Backslash, Some("$"), true),
        s("'", "'", Escapes::Minimal, None, true),
    ],
    newline_ends: false,
    literals: &["undef"],
    end_blocks: false,
    indent_blocks: false,
    symbols: false,
    bare_calls: false,
    eq_pairs: false,
    dollar_idents: true,
};

/// Python string prefixes (`r''`, `f""`, `rb''`…): raw ones have no escapes,
/// f-strings interpolate `{…}`.
pub fn python_prefix(word: &str) -> Option<(bool, bool)> {
    let w = word.to_ascii_lowercase();
    match w.as_str() {
        "r" | "rb" | "br" => Some((true, false)),
        "f" => Some((false, true)),
        "fr" | "rf" => Some((true, true)),
        "b" | "u" => Some((false, false)),
        _ => None,
    }
}
