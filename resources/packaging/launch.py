"""Entry script for the double-clickable build: always opens the window."""

import multiprocessing
import sys

from app.main import main_gui

if __name__ == "__main__":
    # Large imports analyse in worker processes; a frozen build must let them start.
    multiprocessing.freeze_support()
    sys.exit(main_gui())
