"""Provider clients for Assently E-Sign and GMO Sign behind one Provider protocol (see docs/providers.md)."""
