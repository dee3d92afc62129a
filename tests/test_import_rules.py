"""The layer rule: ui -> app -> db; app/ and db/ never import Qt; ui/ never imports db/."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(folder: Path) -> dict[Path, set[str]]:
    found: dict[Path, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[path] = names
    return found


def _violations(package: str, forbidden: set[str], root: Path = ROOT) -> list[str]:
    return [
        f"{path.relative_to(root)} imports {sorted(names & forbidden)}"
        for path, names in _imports(root / package).items()
        if names & forbidden
    ]


def test_core_is_qt_free():
    assert _violations("app", {"PySide6", "ui"}) == []
    assert _violations("db", {"PySide6", "ui", "app"}) == []


def test_ui_never_imports_db():
    assert _violations("ui", {"db"}) == []


def test_the_checker_catches_a_violation(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "probe.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    (tmp_path / "app" / "fine.py").write_text("import decimal\n", encoding="utf-8")
    assert _violations("app", {"PySide6"}, root=tmp_path) == ["app/probe.py imports ['PySide6']"]


def test_import_linter_contracts_hold(monkeypatch, capsys):
    """The contracts of pyproject.toml, checked through import-linter's own Python entry point
    (wherever the tool is installed), without its cache folder."""
    from importlinter.cli import EXIT_STATUS_SUCCESS, lint_imports

    monkeypatch.chdir(ROOT)
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert code == EXIT_STATUS_SUCCESS, capsys.readouterr().out
