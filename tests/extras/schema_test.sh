#!/usr/bin/env bash
# `dsoplint schema` is a valid JSON Schema (draft 2020-12) that a real validator (python3-jsonschema)
# accepts the sample's and the starter's configs with, and rejects a config without `institution`
# and one with a wrong type. Usage: schema_test.sh BIN ROOT (exit 77, a skip, without the validator)
set -u
bin=$1 root=$2
if ! python3 -c 'import jsonschema, yaml; jsonschema.Draft202012Validator' 2> /dev/null; then
  echo "SKIP: python3 with jsonschema (draft 2020-12) and yaml is missing (.ci/install-deps --tests installs python3-jsonschema)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" schema > "$work/schema.json" || { echo "FAIL: dsoplint schema exited $?"; exit 1; }
python3 - "$work/schema.json" "$root" <<'PY'
import copy, json, sys
import jsonschema, yaml

# YAML 1.2 (as dsoplint reads it): 2026-08-20 is a string, not a timestamp.
class Yaml12Loader(yaml.SafeLoader):
    pass
Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != 'tag:yaml.org,2002:timestamp']
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

schema_path, root = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path))
jsonschema.Draft202012Validator.check_schema(schema)
assert schema['$schema'] == 'https://json-schema.org/draft/2020-12/schema', schema['$schema']
validator = jsonschema.Draft202012Validator(schema)
failures = []

def errors(doc):
    return sorted(e.message for e in validator.iter_errors(doc))

def expect_valid(name, doc):
    found = errors(doc)
    print('%s: %s' % (name, 'valid' if not found else found))
    if found: failures.append(name)

def expect_error(name, doc, wanted):
    found = errors(doc)
    print('%s: %s' % (name, found))
    if not any(wanted in e for e in found): failures.append('%s (expected an error with %r)' % (name, wanted))

sample = yaml.load(open(root + '/samples/eksempelbanken/dsop.yaml', encoding='utf-8'), Loader=Yaml12Loader)
expect_valid('samples/eksempelbanken/dsop.yaml', sample)
expect_valid('starter/dsop.yaml', yaml.load(open(root + '/starter/dsop.yaml', encoding='utf-8'), Loader=Yaml12Loader))
no_institution = copy.deepcopy(sample)
del no_institution['institution']
expect_error('sample without institution', no_institution, "'institution' is a required property")
wrong_type = copy.deepcopy(sample)
wrong_type['environments']['prod']['altinn']['valid_days'] = 'ninety'
expect_error('sample with valid_days: ninety', wrong_type, "'ninety' is not of type 'integer'")
unknown_env = copy.deepcopy(sample)
unknown_env['environments']['staging'] = unknown_env['environments']['test']
expect_error('sample with an environment staging', unknown_env, "'staging' is not one of")
no_cert_issuer = copy.deepcopy(sample)
del no_cert_issuer['environments']['test']['certificate']['issuer']
expect_error('sample without certificate issuer or file', no_cert_issuer, "is not valid under any of the given schemas")
with_file = copy.deepcopy(no_cert_issuer)
with_file['environments']['test']['certificate']['file'] = 'certs/test.pem'
expect_valid('sample with certificate file instead of issuer', with_file)
if failures:
    print('FAIL: ' + '; '.join(failures))
    sys.exit(1)
print('the schema is draft 2020-12 and validates as dsoplint does on these configs')
PY
