"""The built specs and resource data, as JSON (generated; do not edit)."""
