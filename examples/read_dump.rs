//! Prints what the readers read: `cargo run --example read_dump FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("UTF-8 text");
    let doc = smtp_check::extract::Document::read(&text);
    println!(
        "syntaxes: {:?}, container: {:?}",
        doc.syntaxes, doc.container
    );
    for (r, block) in &doc.branches {
        let head = text[r.start as usize..r.end as usize].lines().next();
        println!("branch of block {block}: {r:?} {head:?}");
    }
    for e in &doc.entries {
        println!(
            "{:?}{} {} = {:?} ({:?})",
            e.syntax,
            if e.commented() { " #" } else { "" },
            doc.path_string(e),
            doc.text_of(&e.value),
            e.value.kind
        );
    }
}
