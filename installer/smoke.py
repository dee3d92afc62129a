"""Smoke test of the built bundle, run by `make bundle` (and so by `make test` and CI).

The bundled executable runs as on a bare machine: PATH and PYTHONPATH empty, no system font
visible (FONTCONFIG_FILE names an empty configuration), a fresh home and user data directory
outside the bundle, no TOCONGTAC_DB. Through the default database it runs `demo`, `list`,
`notice … -o x.pdf` (every font embedded, the Vietnamese text extractable), `tables`, `summary`
and `--smoke` (the main window painted offscreen), then checks that nothing was written inside the
bundle.

Usage: python installer/smoke.py [BUNDLE_DIR]   (default dist/tocongtac)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
APP = "tocongtac"
STEP_TIMEOUT_S = 180
EMPTY_FONTCONFIG = (
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n'
)
# The reference notice of the demo data, and words its first page must carry.
NOTICE_NUMBER = "54/TB-TCT"
NOTICE_WORDS = ("THÔNG BÁO", "Tổ công tác", "Lạng Sơn")


class SmokeError(Exception):
    pass


def bare_environment(scratch: Path) -> dict[str, str]:
    """What the bundle sees: nothing of this machine's Python, fonts or user directories."""
    for name in ("home", "data", "config", "cache", "run"):
        (scratch / name).mkdir(mode=0o700)
    fonts = scratch / "fonts.conf"
    fonts.write_text(EMPTY_FONTCONFIG, "utf-8")
    return {
        "PATH": "",
        "PYTHONPATH": "",
        "HOME": str(scratch / "home"),
        "XDG_DATA_HOME": str(scratch / "data"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "XDG_CACHE_HOME": str(scratch / "cache"),
        "XDG_RUNTIME_DIR": str(scratch / "run"),
        "FONTCONFIG_FILE": str(fonts),
        "LANG": "C.UTF-8",
    }


def run(exe: Path, env: dict[str, str], cwd: Path, *args: str) -> str:
    started = time.monotonic()
    result = subprocess.run(
        [str(exe), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=STEP_TIMEOUT_S,
        check=False,
    )
    seconds = time.monotonic() - started
    print(f"  {APP} {' '.join(args):<44} exit {result.returncode}  {seconds:5.1f} s")
    if result.returncode != 0:
        raise SmokeError(f"{' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


def check_pdf(path: Path) -> None:
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for name, ref in (page["/Resources"].get("/Font") or {}).items():
            fonts[name] = ref.get_object()
    if not fonts:
        raise SmokeError(f"{path.name}: no font at all")
    for font in fonts.values():
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            raise SmokeError(f"{path.name}: font {font.get('/BaseFont')} is not embedded")
    text = unicodedata.normalize("NFC", reader.pages[0].extract_text())
    missing = [word for word in NOTICE_WORDS if word not in text]
    if missing or "\u25a0" in text:
        raise SmokeError(f"{path.name}: text not as expected (missing {missing})")
    print(f"    {path.name}: {len(reader.pages)} pages, {len(fonts)} fonts, all embedded")


def check_workbook(path: Path) -> None:
    book = load_workbook(path, read_only=True)
    filled = sum(1 for sheet in book.worksheets for _ in sheet.iter_rows(values_only=True))
    book.close()
    if not filled:
        raise SmokeError(f"{path.name}: empty workbook")
    print(f"    {path.name}: {len(book.sheetnames)} sheets, {filled} rows")


def bundle_files(bundle: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(bundle)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in bundle.rglob("*")
        if path.is_file()
    }


def smoke(bundle: Path) -> None:
    exe = bundle / APP
    if not exe.is_file():
        raise SmokeError(f"{exe} not found: build it with `make bundle`")
    before = bundle_files(bundle)
    with tempfile.TemporaryDirectory(prefix="tocongtac-smoke-") as folder:
        scratch = Path(folder)
        env = bare_environment(scratch)
        work = scratch / "work"
        work.mkdir()
        run(exe, env, work, "demo")
        database = scratch / "data" / APP / f"{APP}.sqlite"
        if not database.is_file():
            raise SmokeError(f"the database is not in the user data directory ({database})")
        rows = [line.split("\t") for line in run(exe, env, work, "list").splitlines()]
        issued = next((row for row in rows if row[-1] == NOTICE_NUMBER), None)
        if len(rows) < 2 or issued is None:
            raise SmokeError(f"list: {len(rows)} rows, none with notice {NOTICE_NUMBER}")
        notice_id, year = issued[0], issued[1][-4:]
        run(exe, env, work, "notice", notice_id, "-o", "x.pdf")
        check_pdf(work / "x.pdf")
        run(exe, env, work, "tables", notice_id, "-o", "t.xlsx")
        check_workbook(work / "t.xlsx")
        run(exe, env, work, "summary", "--year", year, "-o", "s.xlsx")
        check_workbook(work / "s.xlsx")
        if run(exe, env, work, "--smoke").strip() != "ok":
            raise SmokeError("--smoke did not print ok")
    after = bundle_files(bundle)
    if after != before:
        changed = sorted(set(after.items()) ^ set(before.items()))
        raise SmokeError(f"files written inside the bundle: {changed[:5]}")


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / APP
    print(f"Smoke test of the bundle {bundle}")
    started = time.monotonic()
    try:
        smoke(bundle.resolve())
    except (SmokeError, subprocess.TimeoutExpired) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"Smoke test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
