#!/usr/bin/env python3
"""Exports a small portfolio with pathfolio-cli and validates the bundle against docs/portfolio-bundle.schema.json.

Usage: check_bundle_schema.py PATHFOLIO_CLI SOURCE_DIR
Exits 77 (skipped) when the jsonschema module is not installed.
"""
import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed")
    sys.exit(77)

cli, source = sys.argv[1], pathlib.Path(sys.argv[2])
schema = json.loads((source / "docs/portfolio-bundle.schema.json").read_text())

with tempfile.TemporaryDirectory() as tmp:
    store = pathlib.Path(tmp) / "store"

    def run(*args):
        subprocess.run([cli, "--data-dir", str(store), *args], check=True, stdout=subprocess.DEVNULL)

    notes = pathlib.Path(tmp) / "notes.md"
    notes.write_text("# Notes\n")
    bench = source / "tests/data/bench/ob3-eddsa-rdfc"
    run("import", str(bench / "credential-000.json"), str(bench / "credential-001.json"))
    run("evidence", "add", str(notes), "--title", "Notes")
    run("placement", "add", "--organisation", "Acme", "--role", "Intern", "--start", "2026-03-01")
    run("log", "add", "placement-1", "--date", "2026-03-02", "--hours", "7.5")
    run("evaluation", "add", "placement-1", "--date", "2026-06-30", "--evaluator", "Jonas")
    run("identity", "add", "email", "amira@example.org")
    out = pathlib.Path(tmp) / "portfolio.json"
    run("export", "--json", str(out))
    bundle = json.loads(out.read_text())
    jsonschema.validate(bundle, schema)
    # A signed application pack adds "pack" and "presentation".
    run("pack", "save", "Acme", "credential-1", "evidence-1", "--role", "Intern at Acme")
    signed = pathlib.Path(tmp) / "signed.json"
    subprocess.run([cli, "--data-dir", str(store), "export", "--json", str(signed), "--pack", "Acme", "--sign",
                    "--with-files"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   input=b"a passphrase for the schema check\n")
    signed_bundle = json.loads(signed.read_text())
    jsonschema.validate(signed_bundle, schema)
    if "presentation" not in signed_bundle or signed_bundle["pack"]["name"] != "Acme":
        sys.exit("the signed pack bundle lacks its presentation or pack")
    if signed_bundle["evidence"][0]["files"][0]["content"]["data"] != "# Notes\n":
        sys.exit("--with-files did not carry the evidence file")
    # The schema must also refuse what is not a bundle of this version.
    for broken in ({**bundle, "version": 2}, {k: v for k, v in bundle.items() if k != "manifest"}):
        try:
            jsonschema.validate(broken, schema)
        except jsonschema.ValidationError:
            continue
        sys.exit("the schema accepted a bundle it should refuse")
    print(f"portfolio bundle valid against the schema: {len(bundle['credentials'])} credentials, "
          f"{len(bundle['manifest']['items'])} manifest items")
