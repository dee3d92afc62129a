"""What a generated DOCX says, read from its XML parts (document, styles, numbering, headers)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag: str) -> str:
    return f"{{{W}}}{tag.removeprefix('w:')}"


def parts(path: Path) -> dict[str, etree._Element]:
    """The WordprocessingML parts by name ("word/document.xml", "word/header1.xml", …)."""
    with zipfile.ZipFile(path) as z:
        return {
            name: etree.fromstring(z.read(name))
            for name in z.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }


def _int(el, attr: str, default: int = 0) -> int:
    value = el.get(q(attr)) if el is not None else None
    return int(value) if value is not None else default


def _on(rpr, tag: str) -> bool:
    el = rpr.find(q(tag)) if rpr is not None else None
    return el is not None and el.get(q("val"), "true") not in ("0", "false")


@dataclass(frozen=True)
class Para:
    """One paragraph and where it sits: "body", or ("table", t, row, col)."""

    where: tuple
    text: str
    align: str
    first_line: int  # twips
    left: int
    right: int
    before: int  # twips
    after: int
    line: int
    line_rule: str
    keep_next: bool
    border_bottom: bool
    sizes: frozenset[float]  # of its runs, in pt
    bold: bool | None  # all runs bold / none bold / mixed (None)
    italic: bool | None

    @property
    def size(self) -> float:
        (size,) = self.sizes
        return size


def _para(p, where: tuple) -> Para:
    ppr = p.find(q("pPr"))
    get = (lambda tag: ppr.find(q(tag))) if ppr is not None else (lambda tag: None)
    spacing, ind, jc = get("spacing"), get("ind"), get("jc")
    runs = [r for r in p.iter(q("r")) if r.find(q("t")) is not None]
    rprs = [r.find(q("rPr")) for r in runs]
    bolds = {_on(r, "b") for r in rprs}
    italics = {_on(r, "i") for r in rprs}
    text = "".join(
        "\n" if el.tag == q("br") else "\t" if el.tag == q("tab") else el.text or ""
        for r in p.iter(q("r"))
        for el in r
        if el.tag in (q("t"), q("br"), q("tab"))
    )
    border = get("pBdr")
    return Para(
        where=where,
        text=text,
        align=jc.get(q("val")) if jc is not None else "left",
        first_line=_int(ind, "firstLine"),
        left=_int(ind, "left"),
        right=_int(ind, "right"),
        before=_int(spacing, "before"),
        after=_int(spacing, "after"),
        line=_int(spacing, "line", 240),
        line_rule=spacing.get(q("lineRule"), "auto") if spacing is not None else "auto",
        keep_next=get("keepNext") is not None,
        border_bottom=border is not None and border.find(q("bottom")) is not None,
        sizes=frozenset(_int(r.find(q("sz")), "val") / 2 for r in rprs if r is not None),
        bold=bolds.pop() if len(bolds) == 1 else None,
        italic=italics.pop() if len(italics) == 1 else None,
    )


def paragraphs(root) -> list[Para]:
    """Every paragraph of the document body in order, table cells included."""
    body = root.find(q("body"))
    out: list[Para] = []
    tables = 0
    for el in body:
        if el.tag == q("p"):
            out.append(_para(el, ("body",)))
        elif el.tag == q("tbl"):
            tables += 1
            for r, row in enumerate(el.findall(q("tr"))):
                for c, cell in enumerate(row.findall(q("tc"))):
                    out += [_para(p, ("table", tables, r, c)) for p in cell.findall(q("p"))]
    return out


def text(path: Path) -> str:
    """The document text in reading order, one paragraph per line."""
    return "\n".join(p.text for p in paragraphs(parts(path)["word/document.xml"]))


def cell(paras: list[Para], table: int, row: int, col: int) -> list[Para]:
    return [p for p in paras if p.where == ("table", table, row, col)]


def sections(root) -> list:
    return root.findall(".//w:sectPr", NS)


def header_parts(path: Path, root) -> dict[str, etree._Element]:
    """The first section's headers by type ("default", "first")."""
    rels = parts_rels(path)
    all_parts = parts(path)
    found = {}
    for ref in sections(root)[0].findall("w:headerReference", NS):
        rid = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        found[ref.get(q("type"))] = all_parts[f"word/{rels[rid]}"]
    return found


def parts_rels(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    return {r.get("Id"): r.get("Target") for r in root}


def has_page_field(root) -> bool:
    instr = "".join(t.text or "" for t in root.iter(q("instrText")))
    simple = [f.get(q("instr"), "") for f in root.iter(q("fldSimple"))]
    return bool(re.search(r"\bPAGE\b", instr + " ".join(simple)))


def runs(path: Path) -> list[tuple[str, bool, bool]]:
    """Every text run of the document body in order: (text, bold, italic)."""
    root = parts(path)["word/document.xml"]
    out = []
    for r in root.find(q("body")).iter(q("r")):
        text = "".join(t.text or "" for t in r.iter(q("t")))
        if text:
            rpr = r.find(q("rPr"))
            out.append((text, _on(rpr, "b"), _on(rpr, "i")))
    return out
