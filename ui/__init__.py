"""Everything Qt: the main window, the inspection list and the editor."""
