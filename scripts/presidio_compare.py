"""Side-by-side accuracy and throughput of this crate's detectors and Microsoft Presidio's
pattern recognizers on the same labelled corpus (exported by
`cargo run --release --example accuracy -- --export FILE`).

Presidio runs without any NLP model: its AnalyzerEngine insists on a spaCy model (and
tries to download one), so each predefined pattern recognizer is called directly with
`nlp_artifacts=None` (no context-word score boosting, which needs NLP artifacts). Every
result counts, whatever its score (the analyzer's default threshold is 0). People names
use a deny-list PatternRecognizer of the connections, as Presidio's PERSON entity needs NER.
Scoring is the crate's: a finding is correct when it overlaps a label of the same type.

Usage: python presidio_compare.py CORPUS.jsonl
"""

import json
import sys
import time

import tldextract

# Presidio's e-mail recognizer calls tldextract, which would fetch the public suffix list
# over the network; use the snapshot bundled with the package instead.
_offline = tldextract.TLDExtract(suffix_list_urls=())
tldextract.extract = _offline
tldextract.tldextract.extract = _offline

from presidio_analyzer import PatternRecognizer  # noqa: E402
from presidio_analyzer import predefined_recognizers as pr  # noqa: E402

PII = ["email", "phone", "iban", "payment_card", "ip_address", "url", "postal_address", "national_id"]
SPECIAL = ["racial_ethnic_origin", "political_opinions", "religious_beliefs", "trade_union",
           "genetic", "biometric", "health", "sex_life_orientation"]
TYPES = PII + SPECIAL + ["names"]

# Presidio entity -> our type.
MAP = {
    "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "IBAN_CODE": "iban",
    "CREDIT_CARD": "payment_card", "IP_ADDRESS": "ip_address", "URL": "url",
    "US_SSN": "national_id", "UK_NINO": "national_id", "DE_TAX_ID": "national_id",
    "UK_POSTCODE": "postal_address", "DE_PLZ": "postal_address", "PERSON": "names",
}


def recognizers(connections):
    """(our type, recognizer) pairs."""
    regions = ("US", "GB", "DE", "FR", "NL", "ES", "IT", "IN")
    out = [
        ("email", pr.EmailRecognizer()),
        ("phone", pr.PhoneRecognizer(supported_regions=regions)),
        ("iban", pr.IbanRecognizer()),
        ("payment_card", pr.CreditCardRecognizer()),
        ("ip_address", pr.IpRecognizer()),
        ("url", pr.UrlRecognizer()),
        ("national_id", pr.UsSsnRecognizer()),
        ("national_id", pr.UkNinoRecognizer()),
    ]
    for name in ("DeTaxIdRecognizer", "UkPostcodeRecognizer", "DePlzRecognizer"):
        cls = getattr(pr, name, None)
        if cls is not None:
            out.append(("national_id" if "Tax" in name else "postal_address", cls()))
    names = sorted({f"{f} {l}" for f, l in connections})
    out.append(("names", PatternRecognizer(supported_entity="PERSON", deny_list=names)))
    return out


def byte_offsets(text):
    """Char index -> byte offset table for a Python str."""
    table, b = [0] * (len(text) + 1), 0
    for i, ch in enumerate(text):
        table[i] = b
        b += len(ch.encode("utf-8"))
    table[len(text)] = b
    return table


def score(docs, key):
    counts = {t: [0, 0, 0, 0] for t in TYPES}  # labels, found, findings, correct
    for d in docs:
        found = d[key]
        for f in found:
            c = counts[f["type"]]
            c[2] += 1
            c[3] += any(l["type"] == f["type"] and l["start"] < f["end"] and f["start"] < l["end"] for l in d["labels"])
        for l in d["labels"]:
            c = counts[l["type"]]
            c[0] += 1
            c[1] += any(l["type"] == f["type"] and l["start"] < f["end"] and f["start"] < l["end"] for f in found)
    return counts


def pr_(c):
    p = c[3] / c[2] if c[2] else None
    r = c[1] / c[0] if c[0] else None
    return p, r


def fmt(x):
    return "n/a" if x is None else f"{x:.3f}"


def main(path):
    with open(path, encoding="utf-8") as fh:
        header = json.loads(fh.readline())
        docs = [json.loads(line) for line in fh]
    total_bytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    recs = recognizers(header["connections"])
    seconds = {t: 0.0 for t in TYPES}
    for d in docs:
        d["presidio"] = []
        table = byte_offsets(d["text"])
        for kind, rec in recs:
            t0 = time.perf_counter()
            res = rec.analyze(d["text"], entities=rec.supported_entities, nlp_artifacts=None)
            seconds[kind] += time.perf_counter() - t0
            for r in res:
                ours = MAP.get(r.entity_type, kind)
                d["presidio"].append({"type": ours, "start": table[r.start], "end": table[r.end]})
    a, b = score(docs, "found"), score(docs, "presidio")
    tp = header.get("throughput_mbps", {})
    print(f"Corpus: {len(docs)} docs, {total_bytes} bytes. Throughput is MB/s of corpus text on one core;")
    print("Presidio's per type is the time of that type's recognizers alone; ours is the pass that finds the type.\n")
    print("| type | labels | detect P | detect R | detect MB/s | Presidio P | Presidio R | Presidio MB/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for t in TYPES:
        p1, r1 = pr_(a[t])
        p2, r2 = pr_(b[t])
        ran = any(k == t for k, _ in recs)
        ours = tp.get("pii" if t in PII else ("people" if t == "names" else "special_category"))
        theirs = f"{total_bytes / seconds[t] / 1e6:.2f}" if ran and seconds[t] > 0 else "n/a"
        if not ran:
            p2, r2 = None, None
        print(f"| {t} | {a[t][0]} | {fmt(p1)} | {fmt(r1)} | {ours:.0f} | {fmt(p2)} | {fmt(r2)} | {theirs} |")
    all_s = sum(seconds.values())
    print(f"\nAll detectors: detect {tp.get('all', 0):.0f} MB/s; Presidio (these recognizers, sequentially) {total_bytes / all_s / 1e6:.2f} MB/s.")


if __name__ == "__main__":
    main(sys.argv[1])
