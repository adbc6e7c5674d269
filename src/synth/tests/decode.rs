//! Test-only readers: a plain RFC 4180 decoder, LinkedIn's Shares unwrapping (format notes
//! §3.2) and the tolerant record-start reader for Comments (§3.3). Independent of the parser.

/// One decoded record: the 1-based physical line where it starts, and its fields.
pub type Record = (u64, Vec<String>);

/// Decodes RFC 4180 CSV (quotes doubled, CR LF or LF, a missing final newline tolerated).
pub fn rfc4180(text: &str) -> Vec<Record> {
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut line = 1u64;
    let mut start = 1u64;
    let mut quoted = false;
    let mut at_field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                fields.push(std::mem::take(&mut field));
                records.push((start, std::mem::take(&mut fields)));
                line += 1;
                start = line;
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push((start, fields));
    }
    records
}

/// Undoes the per-line quote wrapping of a decoded multi-line ShareCommentary.
pub fn unwrap_share(value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    if !value.contains('\n') {
        return value;
    }
    let lines: Vec<&str> = value.split('\n').collect();
    let last = lines.len() - 1;
    let mut out = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let mut l: &str = l;
        if i > 0 {
            l = l.strip_prefix('"').unwrap_or(l);
        }
        if i < last {
            l = l.strip_suffix('"').unwrap_or(l);
        }
        out.push(l);
    }
    out.join("\n")
}

/// Whether a physical line starts a Shares/Comments record.
pub fn is_record_start(line: &str) -> bool {
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    b.len() > 28
        && [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
            .iter()
            .all(|&i| digit(i))
        && &b[4..5] == b"-"
        && &b[19..28] == b",https://"
}

/// Comments read the tolerant way: a record starts at a date line; its message is everything
/// after `Date,Link,` plus continuation lines; `\"` and `""` both unescape.
pub fn comments(text: &str) -> Vec<(u64, String)> {
    let mut out: Vec<(u64, String)> = Vec::new();
    let text = text.strip_suffix('\n').unwrap_or(text);
    for (i, raw) in text.split('\n').enumerate() {
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        if is_record_start(l) {
            let rest = &l[20..];
            let msg = rest.split_once(',').map_or("", |(_, m)| m);
            out.push((i as u64 + 1, msg.to_string()));
        } else if let Some(last) = out.last_mut() {
            last.1.push('\n');
            last.1.push_str(l);
        }
    }
    for (_, m) in &mut out {
        if m.len() >= 2 && m.starts_with('"') && m.ends_with('"') {
            let inner = &m[1..m.len() - 1];
            *m = inner.replace("\\\"", "\"").replace("\"\"", "\"");
        }
    }
    out
}
