"""Reading data files: every refusal is one Vietnamese message naming the place of the problem."""

import datetime as dt
import os
import unicodedata
from decimal import Decimal

import pytest

from app.datafile import file_reader, reader
from app.datafile.file_reader import read_data_file
from app.datafile.reader import parse_data
from app.domain.errors import InputError
from tests.datafile.builders import as_text, minimal_file


def _refusal(data) -> InputError:
    text = data if isinstance(data, str | bytes) else as_text(data)
    with pytest.raises(InputError) as info:
        parse_data(text, source="dulieu.json")
    return info.value


def test_a_valid_file_gives_typed_data_classes():
    content = parse_data(as_text(minimal_file()))
    (inspection,) = content.inspections
    assert content.organizations[0].short_name == "Khe Đá"
    assert inspection.date == dt.date(2024, 11, 14)
    assert inspection.tasks[0].deadline == dt.date(2024, 2, 15)
    assert inspection.tasks[1].deadline is None
    assert inspection.tasks[1].deadline_text == "thường xuyên"
    assert inspection.indicators[0].target == Decimal("58.2")
    assert inspection.notice.recipients == ["Thanh tra tỉnh;", "Lưu: VT, TH."]
    assert inspection.notice.issued is True
    assert inspection.attendees == []
    assert inspection.id is None


def test_nfd_text_is_accepted_and_stored_as_nfc():
    text = unicodedata.normalize("NFD", as_text(minimal_file()))
    assert text != unicodedata.normalize("NFC", text)
    content = parse_data(text.encode("utf-8"))
    assert content.inspections[0].unit_name == "UBND huyện Khe Đá"
    assert unicodedata.is_normalized("NFC", content.inspections[0].entries[0].text)
    assert content.organizations[0].code == "ORG-KHEDA"


def test_a_byte_order_mark_is_accepted():
    content = parse_data(b"\xef\xbb\xbf" + as_text(minimal_file()).encode("utf-8"))
    assert len(content.inspections) == 1


def test_malformed_json_names_the_line_and_column():
    text = '{\n  "format": "tocongtac/1",\n  "inspections": [\n    {"uuid": }\n  ]\n}\n'
    error = _refusal(text)
    assert "không phải JSON hợp lệ" in error.message
    assert "dòng 4, cột 14" in error.message
    assert "dulieu.json" in error.message
    assert error.field == "dòng 4"


def test_another_format_version_is_refused_by_name():
    error = _refusal(minimal_file(format="tocongtac/9"))
    assert "«tocongtac/9»" in error.message
    assert "«tocongtac/1» và «tocongtac/2» và «tocongtac/3»" in error.message
    assert error.field == "format"


def test_a_file_without_format_is_refused():
    data = minimal_file()
    del data["format"]
    assert "thiếu trường «format»" in _refusal(data).message


def test_a_json_list_is_not_a_data_file():
    assert "đối tượng JSON" in _refusal("[1, 2]").message


def test_a_missing_field_is_named_by_its_path():
    data = minimal_file()
    del data["inspections"][0]["uuid"]
    error = _refusal(data)
    assert error.message == (
        "Tệp «dulieu.json» không hợp lệ: trường «inspections[0].uuid» bị thiếu (trường bắt buộc)."
    )
    assert error.field == "inspections[0].uuid"


def test_a_mistyped_field_is_named_with_what_it_holds():
    data = minimal_file()
    data["inspections"][0]["year"] = "2024"
    error = _refusal(data)
    assert "«inspections[0].year» phải là số nguyên" in error.message
    assert '"2024"' in error.message


def test_an_impossible_date_is_named_by_its_path():
    data = minimal_file()
    data["inspections"][0]["tasks"][1]["deadline"] = "2021-02-31"
    error = _refusal(data)
    assert "«inspections[0].tasks[1].deadline» là ngày không tồn tại" in error.message
    assert "2021-02-31" in error.message
    assert error.field == "inspections[0].tasks[1].deadline"


@pytest.mark.parametrize("value", ["14/11/2024", "2024-11-14T00:00:00", 20241114])
def test_dates_must_be_iso_strings(value):
    data = minimal_file()
    data["inspections"][0]["date"] = value
    assert "«inspections[0].date» phải là ngày dạng YYYY-MM-DD" in _refusal(data).message


@pytest.mark.parametrize("value", [58.2, 58, "58,2", "5.8e1"])
def test_decimals_must_be_strings_with_a_dot(value):
    data = minimal_file()
    data["inspections"][0]["indicators"][0]["target"] = value
    error = _refusal(data)
    assert "«inspections[0].indicators[0].target»" in error.message
    assert '"46.4"' in error.message


def test_an_unknown_field_is_refused_rather_than_dropped():
    data = minimal_file()
    data["inspections"][0]["entries"][0]["deadlin"] = "2024-12-31"
    error = _refusal(data)
    assert "«inspections[0].entries[0].deadlin» không thuộc định dạng tệp" in error.message


def test_a_value_outside_its_list_is_refused_with_the_allowed_ones():
    data = minimal_file()
    data["inspections"][0]["kind"] = "thanh_tra"
    error = _refusal(data)
    assert "«inspections[0].kind»" in error.message
    assert "'kiem_tra', 'giam_sat' hoặc 'hop'" in error.message


def test_a_malformed_uuid_is_refused():
    data = minimal_file()
    data["inspections"][0]["uuid"] = "không-phải-uuid"
    assert "«inspections[0].uuid» không phải UUID hợp lệ" in _refusal(data).message


def test_more_problems_are_counted_in_the_one_message():
    data = minimal_file()
    data["inspections"][0]["year"] = "2024"
    data["inspections"][0]["kind"] = "x"
    error = _refusal(data)
    assert "(và 1 lỗi khác)" in error.message
    assert error.message.count("\n") == 0


def test_nan_is_not_json():
    text = as_text(minimal_file()).replace('"year": 2024', '"year": NaN')
    assert "không phải JSON hợp lệ" in _refusal(text).message


def test_a_file_that_is_not_utf8_is_refused():
    error = _refusal(as_text(minimal_file()).encode("utf-16"))
    assert "UTF-8" in error.message


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(InputError) as info:
        read_data_file(tmp_path / "khong-co.json")
    assert "Không tìm thấy tệp" in info.value.message


def test_a_file_over_200_mb_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "lon.json"
    with open(path, "wb") as f:
        f.truncate(200 * 1024 * 1024 + 1)  # sparse: takes no space on disk
    assert os.path.getsize(path) == file_reader.MAX_FILE_BYTES + 1

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr("pathlib.Path.read_bytes", no_reading)
    with pytest.raises(InputError) as info:
        read_data_file(path)
    assert "quá lớn" in info.value.message
    assert "200 MB" in info.value.message


def test_the_size_limit_itself_is_allowed(tmp_path, monkeypatch):
    data = as_text(minimal_file()).encode("utf-8")
    path = tmp_path / "vua.json"
    path.write_bytes(data)
    monkeypatch.setattr(file_reader, "MAX_FILE_BYTES", len(data))
    assert len(read_data_file(path).inspections) == 1
    monkeypatch.setattr(file_reader, "MAX_FILE_BYTES", len(data) - 1)
    with pytest.raises(InputError):
        read_data_file(path)


def test_json_path_formatting():
    assert reader.json_path(("inspections", 0, "tasks", 3, "deadline")) == (
        "inspections[0].tasks[3].deadline"
    )
    assert reader.json_path(()) == "$"
