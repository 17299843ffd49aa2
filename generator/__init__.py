"""The code generator: specs in `spec/virtualserver/`, clients out in `clients/scp_virtualserver/`.

`python -m generator` lints every spec, regenerates every version and the version table;
`python -m generator --check` only reports drift between the committed clients and the specs.
"""
