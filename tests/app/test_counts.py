from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.counts import TaskCounts, count_statuses, counts_sentence
from app.domain.tasks import TaskStatus

S = TaskStatus


def counts(dung=0, qua=0, trong=0, qua_han=0, thuong_xuyen=0):
    return TaskCounts(
        total=dung + qua + trong + qua_han + thuong_xuyen,
        ht_dung_han=dung,
        ht_qua_han=qua,
        chua_ht_trong_han=trong,
        chua_ht_qua_han=qua_han,
        khong_thoi_han=thuong_xuyen,
    )


def test_count_statuses():
    c = count_statuses([S.HT_DUNG_HAN] * 9 + [S.HT_QUA_HAN, "CHUA_HT_TRONG_HAN", S.CHUA_HT_QUA_HAN])
    assert c == counts(9, 1, 1, 1)
    assert (c.total, c.completed, c.unfinished, c.ratio_text) == (12, 10, 2, "10/12")
    assert count_statuses([]) == TaskCounts()


def test_rates():
    c = counts(21, 2, 2, 3, 1)
    assert c.completion_rate == Decimal(2300) / Decimal(29)
    assert c.overdue_rate == Decimal(300) / Decimal(29)
    assert c.late_share_of_completed == Decimal(200) / Decimal(23)


def test_rates_without_tasks():
    c = TaskCounts()
    assert c.completion_rate is None
    assert c.overdue_rate is None
    assert c.late_share_of_completed is None
    assert c.ratio_text == "0/0"
    assert counts(trong=2).late_share_of_completed is None


def test_inconsistent_counts_refused():
    with pytest.raises(ValueError):
        TaskCounts(total=3, ht_dung_han=2)
    with pytest.raises(ValueError):
        TaskCounts(total=0, ht_dung_han=1, ht_qua_han=-1)


def test_add():
    assert counts(9, 1, 1, 1) + counts(7, 0, 1, 0, 1) == counts(16, 1, 2, 1, 1)
    assert sum([counts(1), counts(qua=2)], TaskCounts()) == counts(1, 2)
    with pytest.raises(TypeError):
        counts(1) + 1


status_lists = st.lists(st.sampled_from(list(TaskStatus)))


@given(status_lists, status_lists)
def test_count_statuses_adds_up(a, b):
    assert count_statuses(a + b) == count_statuses(a) + count_statuses(b)
    c = count_statuses(a)
    assert c.total == len(a)
    assert c.completed + c.unfinished == c.total


def test_sentence_of_reference_notice_54():
    assert counts_sentence(counts(dung=33, trong=1)) == (
        "Trong tổng số 34 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 33/34 nhiệm vụ, "
        "còn 01 nhiệm vụ chưa hoàn thành còn thời hạn."
    )


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (
            counts(9, 1, 1, 1),
            "Trong tổng số 12 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 10/12 nhiệm vụ "
            "(09 nhiệm vụ đúng hạn, 01 nhiệm vụ quá hạn), còn 02 nhiệm vụ chưa hoàn thành "
            "(01 nhiệm vụ còn thời hạn, 01 nhiệm vụ quá hạn).",
        ),
        (
            counts(7, trong=1, thuong_xuyen=1),
            "Trong tổng số 09 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 7/9 nhiệm vụ, "
            "còn 01 nhiệm vụ chưa hoàn thành còn thời hạn và 01 nhiệm vụ thực hiện thường xuyên.",
        ),
        (
            counts(5, 1, qua_han=2),
            "Trong tổng số 08 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 6/8 nhiệm vụ "
            "(05 nhiệm vụ đúng hạn, 01 nhiệm vụ quá hạn), còn 02 nhiệm vụ chưa hoàn thành quá hạn.",
        ),
        (
            counts(34),
            "Trong tổng số 34 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 34/34 nhiệm vụ.",
        ),
        (
            counts(qua=3),
            "Trong tổng số 03 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 3/3 nhiệm vụ "
            "(03 nhiệm vụ quá hạn).",
        ),
        (
            counts(4, thuong_xuyen=2),
            "Trong tổng số 06 nhiệm vụ được UBND tỉnh giao, đã hoàn thành 4/6 nhiệm vụ, "
            "còn 02 nhiệm vụ thực hiện thường xuyên.",
        ),
        (
            counts(trong=3, qua_han=2),
            "Trong tổng số 05 nhiệm vụ được UBND tỉnh giao, chưa hoàn thành nhiệm vụ nào "
            "(03 nhiệm vụ còn thời hạn, 02 nhiệm vụ quá hạn).",
        ),
        (
            counts(thuong_xuyen=2),
            "Trong tổng số 02 nhiệm vụ được UBND tỉnh giao, chưa hoàn thành nhiệm vụ nào "
            "(02 nhiệm vụ thực hiện thường xuyên).",
        ),
        (TaskCounts(), "Không có nhiệm vụ nào được UBND tỉnh giao."),
    ],
)
def test_sentence_cases(c, expected):
    assert counts_sentence(c) == expected


def test_sentence_assigner():
    assert counts_sentence(counts(2), "Chủ tịch UBND tỉnh") == (
        "Trong tổng số 02 nhiệm vụ được Chủ tịch UBND tỉnh giao, đã hoàn thành 2/2 nhiệm vụ."
    )


@given(status_lists)
def test_sentence_states_ratio_and_total(statuses):
    c = count_statuses(statuses)
    sentence = counts_sentence(c)
    assert sentence.endswith(".")
    if c.completed:
        assert f"đã hoàn thành {c.ratio_text} nhiệm vụ" in sentence
    if c.total >= 10:
        assert f"Trong tổng số {c.total} nhiệm vụ" in sentence
