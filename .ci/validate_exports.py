#!/usr/bin/env python3
"""Validate fraudreport export files with the formats' reference tools.

Usage: python validate_exports.py [-v] FILE...

The format is taken from the file name:
  *.misp.json  MISP core format: each event (also each of a {"response": [...]}
               list) validates against PyMISP's schema-lax.json and loads
               with pymisp.MISPEvent().load(); each attribute's
               category/type pair is allowed by PyMISP's describeTypes; each
               object matches PyMISP's bundled misp-objects template (uuid,
               version, known relations of the right type, required relations,
               no repeated single-valued relation, MISPObject._validate());
               the event re-serialises with to_json().
  *.stix.json  STIX 2.1 bundle: stix2validator reports it valid with no
               errors (warnings are printed), objects of the project's new
               SCO types match static/schema/stix/{type}.json, and
               stix2.parse(allow_custom=True) parses it.
  *.json       Export JSON: validates against static/schema/export-v1.json
               (draft 2020-12, formats checked).
  *.csv        Parses with the csv module; every row has the header's column
               count; no cell starts with a formula trigger (= + - @ TAB CR).

Exits 1 on any failure, 2 on usage errors. Tool versions: .ci/requirements-exports.txt.
"""

import copy
import csv
from collections import Counter
import json
import re
import sys
from pathlib import Path

# This script lives in .ci/; the schema in static/schema/ (served at
# /schema/export-v1.json).
SCHEMA = Path(__file__).resolve().parent.parent / "static" / "schema" / "export-v1.json"
STIX_SCHEMAS = SCHEMA.parent / "stix"
NEW_SCOS = ("cryptocurrency-wallet", "cryptocurrency-transaction", "bank-account", "phone-number")

VERBOSE = False
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Invalid(Exception):
    pass


def check_misp_object(obj_dict, templates_dir, problems, where):
    name = obj_dict.get("name")
    definition_path = templates_dir / str(name) / "definition.json"
    if not definition_path.is_file():
        problems.append(f"{where}: object {name!r} has no template in PyMISP")
        return
    definition = json.loads(definition_path.read_text())
    if obj_dict.get("template_uuid") != definition["uuid"]:
        problems.append(f"{where}: {name} template_uuid {obj_dict.get('template_uuid')} != {definition['uuid']}")
    if str(obj_dict.get("template_version")) != str(definition["version"]):
        problems.append(f"{where}: {name} template_version {obj_dict.get('template_version')} != {definition['version']}")
    if obj_dict.get("meta-category") != definition["meta-category"]:
        problems.append(f"{where}: {name} meta-category {obj_dict.get('meta-category')} != {definition['meta-category']}")
    relations = {}
    for attribute in obj_dict.get("Attribute", []):
        relation = attribute.get("object_relation")
        spec = definition["attributes"].get(relation)
        if spec is None:
            problems.append(f"{where}: {name} has unknown relation {relation!r}")
            continue
        if attribute.get("type") != spec["misp-attribute"]:
            problems.append(f"{where}: {name}.{relation} has type {attribute.get('type')!r}, template says {spec['misp-attribute']!r}")
        if "categories" in spec and attribute.get("category") not in spec["categories"]:
            problems.append(f"{where}: {name}.{relation} category {attribute.get('category')!r} not in {spec['categories']}")
        relations[relation] = relations.get(relation, 0) + 1
    for relation in definition.get("required", []):
        if relation not in relations:
            problems.append(f"{where}: {name} lacks required relation {relation!r}")
    one_of = definition.get("requiredOneOf")
    if one_of and not set(one_of) & set(relations):
        problems.append(f"{where}: {name} needs one of {one_of}")
    for relation, count in relations.items():
        spec = definition["attributes"].get(relation, {})
        if count > 1 and not spec.get("multiple"):
            problems.append(f"{where}: {name}.{relation} appears {count} times")


def check_misp(path):
    import pymisp

    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("response"), list):
        events = data["response"]
    else:
        events = [data]
    package = Path(pymisp.__file__).resolve().parent / "data"
    templates_dir = package / "misp-objects" / "objects"
    describe = json.loads((package / "describeTypes.json").read_text())["result"]
    mappings = describe["category_type_mappings"]
    import jsonschema

    # PyMISP's lax event schema (its strict schema.json predates objects).
    lax = json.loads((package / "schema-lax.json").read_text())
    lax_validator = jsonschema.Draft4Validator(lax)
    problems = []
    uuids = set()
    for number, event_dict in enumerate(events):
        where = f"event {number}"
        if "Event" not in event_dict:
            raise Invalid(f"{where}: no 'Event' key")
        raw = event_dict["Event"]
        for error in lax_validator.iter_errors(event_dict):
            problems.append(f"{where}: schema-lax.json: {'/'.join(map(str, error.path))}: {error.message}")
        event = pymisp.MISPEvent()
        event.load(copy.deepcopy(event_dict))  # load() consumes the dict
        for field in ("info", "date", "threat_level_id", "analysis", "distribution", "uuid", "timestamp"):
            if field not in raw:
                problems.append(f"{where}: missing {field}")
        if raw.get("published") is not False:
            problems.append(f"{where}: published must be false")
        all_attributes = list(raw.get("Attribute", []))
        for obj in raw.get("Object", []):
            check_misp_object(obj, templates_dir, problems, where)
            all_attributes.extend(obj.get("Attribute", []))
            uuids_add(uuids, obj.get("uuid"), problems, where)
        for attribute in all_attributes:
            if attribute.get("type") not in mappings.get(attribute.get("category"), []):
                problems.append(f"{where}: type {attribute.get('type')!r} not allowed in category {attribute.get('category')!r}")
            uuids_add(uuids, attribute.get("uuid"), problems, where)
        uuids_add(uuids, raw.get("uuid"), problems, where)
        for obj in event.objects:
            try:
                obj._validate()
            except Exception as error:  # PyMISP's own template check
                problems.append(f"{where}: PyMISP rejects object {obj.name}: {error}")
        again = json.loads(event.to_json())
        if len(again.get("Attribute", [])) != len(raw.get("Attribute", [])) or len(again.get("Object", [])) != len(raw.get("Object", [])):
            problems.append(f"{where}: attributes or objects lost in the to_json() round trip")
    if problems:
        raise Invalid("\n  ".join(problems))
    return f"{len(events)} event(s)"


def uuids_add(uuids, value, problems, where):
    if not value:
        problems.append(f"{where}: missing uuid")
    elif value in uuids:
        problems.append(f"{where}: duplicate uuid {value}")
    else:
        uuids.add(value)


def check_stix(path):
    import stix2
    from stix2validator import ValidationOptions, validate_file

    results = validate_file(str(path), ValidationOptions(version="2.1"))
    if results.fatal:
        raise Invalid(f"stix2-validator: fatal: {results.fatal.message}")
    errors = []
    warnings = []
    for result in results.object_results:
        errors.extend(f"{result.object_id}: {e}" for e in result.errors)
        warnings.extend(f"{result.object_id}: {w}" for w in result.warnings)
    # Print each kind of warning once, with its count and a first example
    # (pass -v to print them all).
    by_code = Counter()
    for warning in warnings:
        code = re.search(r"\{(\d+)\}", warning)
        key = code.group(1) if code else warning
        by_code[key] += 1
        if VERBOSE or by_code[key] == 1:
            print(f"  warning: {warning}")
    for key, count in sorted(by_code.items()):
        if count > 1 and not VERBOSE:
            print(f"  warning {{{key}}}: {count} in all")
    if errors or not results.is_valid:
        raise Invalid("stix2-validator:\n  " + "\n  ".join(errors or ["not valid"]))
    check_new_scos(json.loads(path.read_text(encoding="utf-8")))
    bundle = stix2.parse(path.read_text(encoding="utf-8"), allow_custom=True)
    return f"{len(bundle.objects)} objects, {len(warnings)} warning(s)"


def check_new_scos(bundle):
    """Objects of the project's new SCO types against their schemas
    (static/schema/stix/{type}.json, served at /schema/stix/{type}.json)."""
    import jsonschema

    problems = []
    for obj in bundle.get("objects", []):
        if obj.get("type") not in NEW_SCOS:
            continue
        schema_path = STIX_SCHEMAS / f"{obj['type']}.json"
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        for error in jsonschema.Draft202012Validator(schema).iter_errors(obj):
            problems.append(f"{obj.get('id')}: {error.message}")
    if problems:
        raise Invalid("new SCO schemas:\n  " + "\n  ".join(problems))


def check_json(path):
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    document = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if errors:
        raise Invalid("\n  ".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors))
    return f"{len(document['cases'])} case(s)"


def check_csv(path):
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    if not rows:
        raise Invalid("no header row")
    width = len(rows[0])
    problems = []
    for number, row in enumerate(rows, start=1):
        if len(row) != width:
            problems.append(f"row {number}: {len(row)} cells, header has {width}")
        for column, cell in enumerate(row, start=1):
            if cell.startswith(TRIGGERS):
                problems.append(f"row {number} column {column}: cell starts with a formula trigger: {cell[:20]!r}")
    if problems:
        raise Invalid("\n  ".join(problems))
    return f"{len(rows) - 1} row(s) of {width} columns"


def check(path):
    name = path.name.lower()
    if name.endswith(".misp.json"):
        return "misp", check_misp(path)
    if name.endswith(".stix.json"):
        return "stix", check_stix(path)
    if name.endswith(".json"):
        return "json", check_json(path)
    if name.endswith(".csv"):
        return "csv", check_csv(path)
    raise Invalid("unknown extension (expected .misp.json, .stix.json, .json or .csv)")


def main(argv):
    global VERBOSE
    if argv and argv[0] == "-v":
        VERBOSE = True
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    failed = 0
    for arg in argv:
        path = Path(arg)
        try:
            kind, summary = check(path)
            print(f"ok    {path} ({kind}: {summary})")
        except Invalid as error:
            failed += 1
            print(f"FAIL  {path}:\n  {error}")
        except Exception as error:  # a tool raised: the file is not acceptable
            failed += 1
            print(f"FAIL  {path}: {type(error).__name__}: {error}")
    print(f"{len(argv) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
