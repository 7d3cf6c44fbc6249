#!/usr/bin/env python3
"""Writes the broken-rulebook corpus: each case is a folder with a rulebook whose one edit should give one diagnostic.
The expected diagnostics (id, file, line, column) are written by hand below, in expected.txt, and checked by tests."""
import os, shutil

MANIFEST = """rulebook:
  id: corpus
  title: Corpus rulebook
  version: 1.0.0
  effective: 2026-04-01
scale:
  - grade: inadequate
    label: Inadequate
    points: 0
  - grade: requires_improvement
    label: Requires improvement
    points: 1
  - grade: good
    label: Good
    points: 2
  - grade: outstanding
    label: Outstanding
    points: 3
overall:
  - grade: inadequate
    from: 0
    to: 0
  - grade: requires_improvement
    from: 1
    to: 1
  - grade: good
    from: 2
    to: 2
  - grade: outstanding
    from: 3
    to: 3
case_sample_bands:
  - grade: outstanding
    at_least: 80%
  - grade: good
    at_least: 65%
  - grade: requires_improvement
    at_least: 50%
  - grade: inadequate
    at_least: 0%
"""

STANDARD = """standard:
  id: P1.2
  title: Staffing
  domain: 1
  statement: Staff are enabled to deliver a high-quality service.
  method: characteristics
key_questions:
  - id: P1.2.3
    question: Does the oversight of work support high-quality delivery?
    prompts:
      a: Is an effective induction programme delivered to new staff?
characteristics:
  - id: ri-oversight
    key_question: P1.2.3
    supports: requires_improvement
    when: case_sample.oversight_sufficient_percent >= 28%
    reason: Oversight at least the national 28%.
  - id: good-oversight
    key_question: P1.2.3
    supports: good
    when: case_sample.oversight_sufficient_percent >= 65%
    reason: Oversight sufficient in at least 65% of cases.
  - id: outstanding-oversight
    key_question: P1.2.3
    supports: outstanding
    when: case_sample.oversight_sufficient_percent >= 80%
    reason: Oversight sufficient in at least 80% of cases.
  - id: cap-reflective
    key_question: P1.2.3
    caps: inadequate
    when: not judgements.reflective_practice_evident
    reason: No evidence of reflective practice.
"""
# line numbers in STANDARD: 1 standard:, 2 id, ..., 13 ri-oversight id, 16 when (ri), 21 when (good), 26 when (outstanding), 31 when (cap)

EXAMPLES = """examples:
  - name: good oversight
    evidence:
      case_sample:
        oversight_sufficient_percent: 70%
      judgements:
        reflective_practice_evident: true
    expect:
      P1.2: good
"""

def case(name, standard=STANDARD, manifest=MANIFEST, examples=None, extra=None, expected=()):
    folder = os.path.join(HERE, "broken", name)
    os.makedirs(folder, exist_ok=True)
    files = {"rulebook.yaml": manifest, "standards/P1.2.yaml": standard}
    if examples is not None: files["examples/cases.yaml"] = examples
    for k, v in (extra or {}).items(): files[k] = v
    for rel, text in files.items():
        if text is None: continue
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f: f.write(text.encode("utf-8") if isinstance(text, str) else text)
    with open(os.path.join(folder, "expected.txt"), "w") as f:
        for e in expected: f.write(e + "\n")

def sub(old, new, text=STANDARD, count=1):
    assert old in text, old
    return text.replace(old, new, count)

HERE = os.path.dirname(os.path.abspath(__file__))
shutil.rmtree(os.path.join(HERE, "broken"), ignore_errors=True)
S = "standards/P1.2.yaml"
case("01-yaml-syntax", standard=sub("  title: Staffing\n", "  title: [Staffing\n"), expected=[f"STD0001 {S}:3:10"])
case("02-anchor-alias", standard=sub("  title: Staffing\n", "  title: &t Staffing\n"), expected=[f"STD0006 {S}:2:3", f"STD0002 {S}:3:10"])
case("03-duplicate-key", standard=sub("  title: Staffing\n", "  title: Staffing\n  title: Staff\n"), expected=[f"STD0004 {S}:4:3"])
case("04-unknown-key", standard=sub("    reason: Oversight at least the national 28%.\n", "    reason: Oversight at least the national 28%.\n    threshold: 28%\n"), expected=[f"STD0005 {S}:18:5"])
case("05-missing-reason", standard=sub("    reason: Oversight at least the national 28%.\n", ""), expected=[f"STD0006 {S}:13:5"])
case("06-wrong-kind", standard=sub("    prompts:\n      a: Is an effective induction programme delivered to new staff?\n", "    prompts: [a, b]\n"), expected=[f"STD0007 {S}:10:14"])
case("07-bad-method", standard=sub("  method: characteristics\n", "  method: majority\n"), expected=[f"STD0008 {S}:6:11"])
case("08-bad-domain", standard=sub("  domain: 1\n", "  domain: 3\n"), expected=[f"STD0008 {S}:4:11"])
case("09-expression-syntax", standard=sub("case_sample.oversight_sufficient_percent >= 28%", "case_sample.oversight_sufficient_percent >= "), expected=[f"STD0009 {S}:16:54"])
case("10-single-equals", standard=sub("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficient_percent = 65%"), expected=[f"STD0009 {S}:21:52"])
case("11-method-call", standard=sub("not judgements.reflective_practice_evident", "exists(judgements.reflective_practice_evident)"), expected=[f"STD0009 {S}:31:11"])
case("12-duplicate-id", standard=sub("  - id: good-oversight\n", "  - id: ri-oversight\n"), expected=[f"STD0010 {S}:18:9"])
case("13-empty-file", extra={"standards/empty.yaml": ""}, expected=["STD0012 standards/empty.yaml:1:1"])
case("14-no-manifest", manifest=None, expected=["STD0013 standards/P1.2.yaml:1:1"])
case("15-invalid-utf8", extra={"standards/latin1.yaml": b"standard:\n  id: P1.4\n  title: Caf\xe9\n"}, expected=["STD0011 standards/latin1.yaml:3:13"])
case("16-unknown-standard-in-example", examples=sub("      P1.2: good\n", "      P1.9: good\n", EXAMPLES), expected=["STD1001 examples/cases.yaml:9:7"])
case("17-unknown-key-question", standard=sub("    key_question: P1.2.3\n    supports: good\n", "    key_question: P1.2.9\n    supports: good\n"), expected=[f"STD1002 {S}:19:19"])
case("18-unknown-fact-member", standard=sub("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficent_percent >= 65%"), expected=[f"STD1003 {S}:21:23"])
case("19-unknown-fact-group", standard=sub("not judgements.reflective_practice_evident", "not judgement.reflective_practice_evident"), expected=[f"STD1003 {S}:31:15"])
case("20-boolean-vs-number", standard=sub("not judgements.reflective_practice_evident", "judgements.reflective_practice_evident > 2"), expected=[f"STD1004 {S}:31:11"])
case("21-percent-vs-ratio", standard=sub("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficient_percent >= 1:10"), expected=[f"STD1005 {S}:21:55"])
case("22-percent-without-unit", standard=sub("case_sample.oversight_sufficient_percent >= 65%", "case_sample.oversight_sufficient_percent >= 65"), expected=[f"STD1005 {S}:21:55"])
case("23-threshold-out-of-range", standard=sub("case_sample.oversight_sufficient_percent >= 80%", "case_sample.oversight_sufficient_percent >= 120%"), expected=[f"STD1006 {S}:26:55"])
case("24-unknown-grade", standard=sub("    supports: good\n", "    supports: gud\n"), expected=[f"STD1007 {S}:20:15"])
case("25-not-a-condition", standard=sub("not judgements.reflective_practice_evident", "case_sample.oversight_sufficient_percent"), expected=[f"STD1008 {S}:31:11"])
case("26-aggregate-over-record", standard=sub("not judgements.reflective_practice_evident", "count(case_sample.assessment) > 2"), expected=[f"STD1009 {S}:31:17"])
case("27-unknown-prompt", standard=sub("not judgements.reflective_practice_evident", "count(judgements.prompts where prompt == \"P1.2.3z\") > 0"), expected=[f"STD1010 {S}:31:52"])
case("28-contradiction", standard=sub("case_sample.oversight_sufficient_percent >= 80%", "case_sample.oversight_sufficient_percent >= 80% and case_sample.oversight_sufficient_percent < 50%"), expected=[f"STD2001 {S}:26:11"])
case("29-tautology", standard=sub("not judgements.reflective_practice_evident", "case_sample.oversight_sufficient_percent >= 0%"), expected=[f"STD2002 {S}:31:11"])
case("30-non-monotonic-ladder", standard=sub("case_sample.oversight_sufficient_percent >= 80%", "case_sample.oversight_sufficient_percent >= 60%"), expected=[f"STD2003 {S}:26:11"])
case("31-cap-at-top-grade", standard=sub("    caps: inadequate\n", "    caps: outstanding\n"), expected=[f"STD2005 {S}:30:11"])
case("32-gap-no-outstanding", standard=STANDARD.split("  - id: outstanding-oversight")[0] + "  - id: cap-reflective" + STANDARD.split("  - id: cap-reflective")[1], expected=[f"STD2006 {S}:8:9"])
case("33-failing-example", examples=sub("      P1.2: good\n", "      P1.2: outstanding\n", EXAMPLES), expected=["STD2009 examples/cases.yaml:9:7"])
case("34-duplicate-manifest", extra={"second.yaml": MANIFEST}, expected=["STD0013 second.yaml:1:1"])
case("35-tab-indentation", standard=sub("  title: Staffing\n", "\ttitle: Staffing\n"), expected=[f"STD0001 {S}:3:1"])
