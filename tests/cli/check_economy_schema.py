#!/usr/bin/env python3
"""Checks docs/economy.schema.json against what the real binary writes.

    check_economy_schema.py MODELMARKET_BINARY SCHEMA

Creates the demo economy with the binary, exports it, and validates the export with python3's
jsonschema; then checks that documents broken in ways a game team's tools would care about are
rejected, so the schema is strict enough to be worth running. Exits 0 when all holds, 1 otherwise
(a missing jsonschema module included: the check never skips).
"""

import copy
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("error: python3's jsonschema module is missing; scripts/install-deps.sh installs "
          "python3-jsonschema", file=sys.stderr)
    sys.exit(1)


def run(binary, *arguments):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("DISPLAY", None)
    done = subprocess.run([binary, *arguments], capture_output=True, text=True, env=environment,
                          timeout=240)
    if done.returncode != 0:
        print(f"error: modelmarket {' '.join(arguments)} exited {done.returncode}: {done.stderr}",
              file=sys.stderr)
        sys.exit(1)


def first(document, table, predicate=lambda row: True):
    return next(row for row in document[table] if predicate(row))


def tier(document, key):
    return first(document["config"], "tiers", lambda t: t["tier"] == key)


def set_field(path, value):
    """A breakage that sets document[path...] to value."""
    def apply(document):
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return apply


def delete_field(path):
    def apply(document):
        target = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]
    return apply


# Each must be rejected by the schema: (what, how).
BROKEN = [
    ("a price as a binary number", set_field(["listings", 0, "price"], 12.5)),
    ("a price without cents", set_field(["listings", 0, "price"], "12.5")),
    ("a negative budget", set_field(["buyers", 0, "budget"], "-5.00")),
    ("an unknown tier", set_field(["licenses", 0, "tier"], "gold")),
    ("an unknown buyer type", set_field(["buyers", 0, "type"], "government")),
    ("an unknown size class", set_field(["models", 0, "sizeClass"], "huge")),
    ("an unknown architecture", set_field(["models", 0, "architecture"], "lstm")),
    ("a metric above 100", set_field(["models", 0, "composite"], 140)),
    ("a model without a name", delete_field(["models", 0, "name"])),
    ("a field the format does not have", set_field(["buyers", 0, "nickname"], "Bob")),
    ("an impossible date", set_field(["licenses", 0, "soldOn"], "2024-02-30")),
    ("a month with a day", set_field(["usageCharges", 0, "month"], "2023-01-01")),
    ("a negative id", set_field(["buyers", 0, "id"], -3)),
    ("a newer format version", set_field(["version"], 2)),
    ("another format", set_field(["format"], "something-else")),
    ("no models list", delete_field(["models"])),
    ("an unknown top-level list", set_field(["auctions"], [])),
    ("a config price floor as a number",
     lambda d: tier(d, "commercial").__setitem__("priceFloor", 50000)),
    ("a tier allowing an unknown buyer type",
     lambda d: tier(d, "academic").__setitem__("allowedBuyerTypes", ["academic", "aliens"])),
    ("a need above 1",
     set_field(["config", "demand", "buyerTypes", "startup", "needPerMonth"], 1.5)),
    ("a balance rule with statistic p75", set_field(["balanceRules", 0, "statistic"], "p75")),
    ("a balance rule bound as a number", set_field(["balanceRules", 0, "min"], 40)),
    ("a scenario override as a number",
     set_field(["scenarios", 0, "overrides", "listingPricePercent.commercial"], 85)),
    ("a scenario without a name", delete_field(["scenarios", 0, "name"])),
    ("a job seed as a number", set_field(["trainingJobs", 0, "seed"], 12345)),
]


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 1
    binary, schema_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as file:
        schema = json.load(file)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    format_checker = getattr(validator_class, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    validator = validator_class(schema, format_checker=format_checker)

    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "demo.sqlite")
        exported = os.path.join(folder, "demo.json")
        run(binary, "--db", database, "init")
        run(binary, "--db", database, "export", "economy", exported)
        with open(exported, encoding="utf-8") as file:
            economy = json.load(file)

    failures = []

    def expect_valid(what, document):
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:20]:
            path = "/".join(str(step) for step in error.absolute_path)
            failures.append(f"{what}: {path}: {error.message[:300]}")

    for table in ("models", "buyers", "listings", "licenses", "usageCharges", "researchProjects",
                  "trainingJobs", "labs", "scenarios", "balanceRules"):
        if not economy.get(table):
            failures.append(f"the demo export has no {table}, so the schema's rules for them "
                            "went untested")
    expect_valid("the demo economy", economy)

    # Older files: no labs, scenarios or balance rules, a config without the market's demand.
    older = copy.deepcopy(economy)
    for table in ("labs", "scenarios", "balanceRules"):
        del older[table]
    del older["config"]["demand"]
    del older["config"]["marketSeed"]
    expect_valid("an economy from before the market", older)

    # What another engineer's tools may write: open bounds, no overrides, no notes yet.
    planned = copy.deepcopy(economy)
    planned["scenarios"].append({"name": "Empty", "notes": "", "overrides": {}})
    planned["balanceRules"].append({"name": "Open", "metric": "revenue@12", "statistic": "p90",
                                    "min": None, "max": None})
    expect_valid("an economy with more scenarios and rules", planned)

    # Each breakage touches the first rows; the rest would only make every check slower.
    sample = {key: value[:3] if isinstance(value, list) else value
              for key, value in economy.items()}
    for what, breakage in BROKEN:
        broken = copy.deepcopy(sample)
        breakage(broken)
        if validator.is_valid(broken):
            failures.append(f"the schema accepts {what}")

    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    if failures:
        return 1
    print(f"ok: the demo economy matches {schema_path}, and {len(BROKEN)} broken variants "
          "are rejected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
