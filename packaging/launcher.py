"""The frozen app's entry script: PyInstaller runs this file as __main__; the app itself stays a package."""

from __future__ import annotations

import sys

from esign_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
