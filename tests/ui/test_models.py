"""The editor's table and list models, checked without views (qtmodeltester) and by value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app import dto
from app.services.task_paste import parse_pasted_tasks
from tests.ui.conftest import task_rows, tsv
from ui.editor.controller import InspectionEditor
from ui.models.attendee_table_model import AttendeeTableModel
from ui.models.entry_list_model import EntryListModel
from ui.models.indicator_table_model import IndicatorTableModel
from ui.models.task_table_model import TaskTableModel
from ui.widgets.string_list_editor import StringListModel


@pytest.fixture
def editor(qapp, services):
    data = services.inspections.new(unit_name="UBND huyện Khe Đá", cutoff_date=dt.date(2021, 8, 6))
    data.tasks = parse_pasted_tasks(tsv(task_rows(6)), data.cutoff_date).tasks
    budget = dto.IndicatorData(name="Thu ngân sách", unit="tỷ đồng", target=Decimal("152.5"))
    budget.actual, budget.qualifier, budget.stated_percent = (
        Decimal("98.7"),
        "hơn",
        Decimal("64.75"),
    )
    poverty = dto.IndicatorData(name="Tỷ lệ hộ nghèo", unit="%", target=Decimal("3"))
    poverty.actual = Decimal("2.8")
    data.indicators = [budget, poverty]
    data.attendees = [dto.AttendeeData(side=dto.AttendeeSide.DON_VI, person_name="Mạc Thị Lan")]
    data.entries = [
        dto.EntryData(section=dto.Section.RECOMMENDATION, text="Đẩy nhanh giải ngân"),
        dto.EntryData(section=dto.Section.LIMITATION, text="Giải ngân chậm"),
        dto.EntryData(section=dto.Section.RECOMMENDATION, text="Rà soát thủ tục"),
    ]
    row = services.inspections.save(data)
    ed = InspectionEditor(services)
    ed.load(row.id)
    yield ed
    # Models made by the tests are the editor's children: delete them all while Qt still runs.
    ed.deleteLater()
    qapp.processEvents()


@pytest.mark.parametrize(
    "make",
    [
        TaskTableModel,
        IndicatorTableModel,
        AttendeeTableModel,
        lambda ed: EntryListModel(ed, dto.Section.RECOMMENDATION),
        lambda ed: StringListModel(ed, "recipients", lambda: ed.draft.notice.recipients),
    ],
)
def test_models_are_well_behaved(qtmodeltester, editor, make):
    model = make(editor)
    model.setParent(editor)
    qtmodeltester.check(model, force_py=True)


def test_task_statuses_and_counts(editor):
    model = TaskTableModel(editor)
    status = model.status_column
    assert model.index(0, status).data() == "Đã hoàn thành đúng hạn"
    assert model.index(1, status).data() == "Đã hoàn thành quá hạn *"
    assert "Lý do: nhập từ bảng tính" in model.index(1, status).data(3)  # tooltip
    assert model.index(5, status).data() == "Chưa hoàn thành, còn thời hạn"
    assert model.counts().ratio_text == "5/6"


def test_a_new_cutoff_recomputes_the_statuses(editor):
    model = TaskTableModel(editor)
    editor.set_field("inspection", editor.draft, "cutoff_date", dt.date(2022, 1, 10))
    assert model.index(5, model.status_column).data() == "Chưa hoàn thành, quá hạn"
    assert model.counts().chua_ht_qua_han == 1


def test_indicator_percentages(editor):
    model = IndicatorTableModel(editor)
    computed = model.column_of("computed")
    assert model.index(0, computed).data() == "64,72"
    assert model.index(0, model.column_of("target")).data() == "152,5"
    assert model.index(1, computed).data() == ""  # both in %: nothing is divided
    assert model.warnings() == []  # "hơn": the stated figure is of record


def test_entry_letters_follow_the_section(editor):
    model = EntryListModel(editor, dto.Section.RECOMMENDATION)
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "a) Đẩy nhanh giải ngân",
        "b) Rà soát thủ tục",
    ]
    limitations = EntryListModel(editor, dto.Section.LIMITATION)
    assert limitations.index(0).data() == "Giải ngân chậm"  # a paragraph has no label


def test_a_loaded_demo_style_record_survives_an_unchanged_save(editor, services):
    """Opening and saving without edits changes nothing in the data."""
    before = services.inspections.get(editor.draft.id)
    editor.save()
    assert services.inspections.get(editor.draft.id) == before
