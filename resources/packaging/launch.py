"""Entry script for the double-clickable build: always opens the window."""

import sys

from app.main import main_gui

if __name__ == "__main__":
    sys.exit(main_gui())
