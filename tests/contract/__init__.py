"""JSON schemas of the emulated APIs, derived from the vendors' reference, and a tiny checker."""
