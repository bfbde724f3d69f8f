"""The Assently E-Sign API v2 emulation, mounted under /assently/api/."""
