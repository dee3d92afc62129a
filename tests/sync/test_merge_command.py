"""`tocongtac import --merge`: the three-way cases of issue 15 from the command line, each with
the stated result and nothing lost (what is not taken is a recorded conflict)."""

from __future__ import annotations

import json

import pytest

from app import dto
from tests.cli.conftest import one_line
from tests.datafile.builders import as_text, minimal_file
from tests.sync.laptops import edit, read


@pytest.fixture
def laptops(cli, tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert cli("demo", db=a).code == 0
    package = tmp_path / "tat-ca.json"
    assert cli("export-json", "--all", "-o", package, db=a).code == 0
    assert cli("import", package, db=b).code == 0
    return a, b


@pytest.fixture
def send(cli, tmp_path):
    """send(a, b) exports the draft meeting from laptop a and merges it into laptop b."""

    def run(source, target, *extra):
        package = tmp_path / "TCT-gui.json"
        ident = str(_draft_id(cli, source))
        assert cli("export-json", ident, "-o", package, db=source).code == 0
        return cli("import", "--merge", package, *extra, db=target)

    return run


def _draft_id(cli, db) -> int:
    line = next(x for x in cli("list", db=db).out.splitlines() if "\thọp\t" in x)
    return int(line.split("\t")[0])


def _set(**fields):
    def change(data):
        for name, value in fields.items():
            setattr(data, name, value)

    return change


def test_an_edit_on_a_only_is_taken_by_b(laptops, send):
    a, b = laptops
    edit(a, _set(place="Hội trường tầng 2"))
    result = send(a, b)
    assert result.code == 0, result.err
    assert "lấy từ máy kia: Địa điểm" in result.out
    assert "xung đột" not in result.out
    assert read(b).place == "Hội trường tầng 2"


def test_an_edit_on_b_only_stays_when_a_sends_its_unchanged_copy(laptops, send):
    a, b = laptops
    edit(b, _set(place="Phòng họp số 3"))
    result = send(a, b)
    assert result.code == 0, result.err
    assert "Giữ nguyên" in result.out and "xung đột" not in result.out
    assert read(b).place == "Phòng họp số 3"


def test_different_fields_changed_on_both_sides_are_both_kept(laptops, send):
    a, b = laptops
    edit(a, _set(place="Hội trường tầng 2"))
    edit(b, _set(chair_name="Nguyễn Văn Bình"))
    assert send(a, b).code == 0
    merged = read(b)
    assert (merged.place, merged.chair_name) == ("Hội trường tầng 2", "Nguyễn Văn Bình")


def test_the_same_field_changed_on_both_keeps_local_and_records_the_other(laptops, send, cli):
    a, b = laptops
    edit(a, _set(place="Hội trường A"))
    edit(b, _set(place="Hội trường B"))
    result = send(a, b)
    assert "xung đột" in result.out and "«Hội trường B»" in result.out
    assert "«Hội trường A»" in result.out
    assert read(b).place == "Hội trường B"
    listed = cli("conflicts", db=b).out.splitlines()
    assert len(listed) == 1
    conflict_id, _, _, what, in_use, not_taken = listed[0].split("\t")
    assert (what, in_use, not_taken) == ("Địa điểm", "Hội trường B", "Hội trường A")
    assert cli("resolve", conflict_id, "--take-other", db=b).code == 0
    assert read(b).place == "Hội trường A"
    assert cli("conflicts", db=b).out == ""


def test_an_entry_added_on_both_sides_gives_both(laptops, send):
    a, b = laptops

    def add(text):
        return lambda d: d.entries.append(
            dto.EntryData(section=dto.Section.RECOMMENDATION, text=text)
        )

    edit(a, add("Kiến nghị thêm ở máy A"))
    edit(b, add("Kiến nghị thêm ở máy B"))
    assert send(a, b).code == 0
    texts = [e.text for e in read(b).entries]
    assert "Kiến nghị thêm ở máy A" in texts and "Kiến nghị thêm ở máy B" in texts
    assert len(texts) == len(set(texts)) == 10


def test_an_entry_deleted_on_a_and_edited_on_b_stays_edited_and_the_deletion_is_recorded(
    laptops, send, cli
):
    a, b = laptops
    victim = read(a).entries[2].uuid
    edit(a, lambda d: d.entries.pop(2))
    edit(b, lambda d: setattr(d.entries[2], "text", "Sửa ở máy B"))
    result = send(a, b)
    assert "xóa ở một máy, sửa ở máy kia" in result.out
    entries = read(b).entries
    assert [e.text for e in entries if e.uuid == victim] == ["Sửa ở máy B"]
    assert len(cli("conflicts", db=b).out.splitlines()) == 1


def test_an_entry_edited_on_a_and_deleted_on_b_comes_back_from_the_trash(laptops, send):
    a, b = laptops
    victim = read(a).entries[2].uuid
    edit(a, lambda d: setattr(d.entries[2], "text", "Sửa ở máy A"))
    edit(b, lambda d: d.entries.pop(2))
    assert send(a, b).code == 0
    entries = read(b).entries
    assert [e.text for e in entries if e.uuid == victim] == ["Sửa ở máy A"]
    assert [e.uuid for e in entries].index(victim) == 2


def test_issued_on_a_the_issued_copy_wins_and_b_edits_are_recorded(laptops, send, cli):
    a, b = laptops
    ident = str(_draft_id(cli, a))
    assert cli("issue", ident, "--number", "88", "--date", "2020-05-20", db=a).code == 0
    edit(b, _set(place="Phòng họp số 3"))
    result = send(a, b)
    assert result.code == 0, result.err
    merged = read(b)
    assert merged.notice.issued and merged.notice.number == "88"
    assert merged.place == read(a).place  # the issued copy, as issued
    listed = cli("conflicts", db=b).out
    assert "Phòng họp số 3" in listed  # B's edit kept, reopenable
    # The register of B knows 88 now: issuing it again there is refused.
    assert "88" in cli("list", db=b).out


def test_issued_on_b_never_changes_silently(laptops, send, cli):
    a, b = laptops
    ident = str(_draft_id(cli, b))
    assert cli("issue", ident, "--number", "88", "--date", "2020-05-20", db=b).code == 0
    before = read(b)
    edit(a, _set(place="Hội trường A"))
    result = send(a, b)
    assert "đã ban hành: giữ bản đã ban hành" in result.out
    after = read(b)
    assert after.place == before.place and after.notice.issued
    listed = cli("conflicts", db=b).out
    assert "Hội trường A" in listed
    refused = cli("resolve", listed.split("\t")[0], "--take-other", db=b)
    assert refused.code == 2 and "ban hành" in one_line(refused.err)


def test_a_number_used_here_for_another_inspection_is_a_register_conflict(laptops, cli, tmp_path):
    a, _b = laptops
    stranger = tmp_path / "khac.json"  # another inspection, issued as 57/TB-TCT of 2024 too
    stranger.write_text(as_text(minimal_file()), encoding="utf-8")
    assert cli("import", stranger, db=a).code == 2  # a plain import refuses it
    result = cli("import", "--merge", stranger, db=a)
    assert result.code == 0, result.err
    assert "xung đột số văn bản: số 57/TB-TCT năm 2024 ở máy này đã dùng cho" in result.out
    listed = cli("conflicts", db=a).out
    assert "Sổ đăng ký số văn bản" in listed


def test_a_dry_run_lists_and_changes_nothing(laptops, send, tmp_path):
    a, b = laptops
    edit(a, _set(place="Hội trường A", chair_name="Nguyễn Văn Bình"))
    edit(b, _set(place="Hội trường B"))
    before = b.read_bytes()
    result = send(a, b, "--dry-run")
    assert result.code == 0, result.err
    assert "Sẽ cập nhật" in result.out and "lấy từ máy kia: Người chủ trì" in result.out
    assert "«Hội trường A»" in result.out
    assert b.read_bytes() == before
    assert read(b).place == "Hội trường B"


def test_dry_run_needs_merge(cli, laptops, tmp_path):
    _a, b = laptops
    package = tmp_path / "x.json"
    package.write_text(as_text(minimal_file()), encoding="utf-8")
    result = cli("import", package, "--dry-run", db=b)
    assert result.code == 2 and "--merge" in one_line(result.err)


def test_a_package_carries_the_base_of_what_changed_since_the_last_synchronisation(
    laptops, cli, tmp_path
):
    a, b = laptops
    edit(b, _set(place="Phòng họp số 3"))
    package = tmp_path / "goi.json"
    assert cli("export-json", "--all", "-o", package, db=b).code == 0
    data = json.loads(package.read_text("utf-8"))
    assert [x["place"] for x in data["bases"]] == [read(a).place]  # only the changed one
    assert data["format"] == "tocongtac/3"
    assert all(e["uuid"] for i in data["inspections"] for e in i["entries"])


def test_round_trip_b_back_to_a_uses_the_base_the_package_carries(laptops, send, tmp_path):
    a, b = laptops
    edit(a, _set(place="Hội trường A"))  # A changed it, then B changed another field
    edit(b, _set(chair_name="Nguyễn Văn Bình"))
    result = send(b, a)
    assert "xung đột" not in result.out
    merged = read(a)
    assert (merged.place, merged.chair_name) == ("Hội trường A", "Nguyễn Văn Bình")
    again = send(b, a).out  # sent again: nothing new for A, nothing to record
    assert again.startswith("Giữ nguyên ở máy này") and "xung đột" not in again


def test_a_dry_run_never_creates_a_database(laptops, cli, tmp_path):
    a, _b = laptops
    package = tmp_path / "goi.json"
    assert cli("export-json", "--all", "-o", package, db=a).code == 0
    missing = tmp_path / "chua-co.sqlite"
    result = cli("import", "--merge", package, "--dry-run", db=missing)
    assert result.code == 2 and one_line(result.err)
    assert not missing.exists()
