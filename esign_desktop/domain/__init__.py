"""Envelopes, parties, fields, statuses and page geometry: plain data and rules, no I/O, no Qt."""
