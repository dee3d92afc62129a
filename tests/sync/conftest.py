"""The command-line fixtures, for the merge tests too."""

from tests.cli.conftest import cli, snapshot  # noqa: F401
