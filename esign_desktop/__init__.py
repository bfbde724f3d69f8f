"""esign-desktop: a desktop client for Assently E-Sign and GMO Sign."""

__version__ = "0.1.0"
