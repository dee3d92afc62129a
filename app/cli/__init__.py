"""The `tocongtac` command line (DESIGN §4). No subcommand ever opens a window."""
