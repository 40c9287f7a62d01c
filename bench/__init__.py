"""Benchmarks for the CSSW desktop app: `bench/run` prints one `name: value` line per figure.

Each module measures one thing and exposes small functions returning positive numbers
(so tests/bench can check they still run) and a `run()` returning the figures.
"""
