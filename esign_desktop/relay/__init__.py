"""`esign-relay`: the office's callback receiver for team mode (docs/team.md, packaging/relay/)."""
