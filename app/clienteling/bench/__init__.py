"""Benchmarks that print figures (never timed tests): `python -m clienteling.bench dossiers --json`."""
