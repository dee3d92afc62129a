"""Status wording as trackers write it (app/domain/status_words.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.status_words import (
    Progress,
    StatusWords,
    Timing,
    nominal_status,
    read_status_words,
    status_for,
)
from app.domain.tasks import TaskStatus

D = dt.date
S = TaskStatus


@pytest.mark.parametrize(
    ("word", "progress", "timing"),
    [
        # The wording listed in issue 18, then variants in case, punctuation and word order.
        ("Đã hoàn thành đúng hạn", Progress.DONE, Timing.ON_TIME),
        ("Hoàn thành quá hạn", Progress.DONE, Timing.LATE),
        ("Đã hoàn thành", Progress.DONE, None),
        ("Đang thực hiện trong hạn", Progress.NOT_DONE, Timing.ON_TIME),
        ("Chưa hoàn thành - quá hạn", Progress.NOT_DONE, Timing.LATE),
        ("Thường xuyên", Progress.NOT_DONE, Timing.NO_DEADLINE),
        ("Tạm dừng", Progress.PAUSED, None),
        ("Không thực hiện", Progress.CANCELLED, None),
        ("Chờ xác nhận", Progress.AWAITING, None),
        ("ĐÃ HOÀN THÀNH ĐÚNG HẠN.", Progress.DONE, Timing.ON_TIME),
        ("đúng hạn, đã hoàn thành", Progress.DONE, Timing.ON_TIME),
        ("Quá hạn (chưa hoàn thành)", Progress.NOT_DONE, Timing.LATE),
        ("chua hoan thanh, qua han", Progress.NOT_DONE, Timing.LATE),
        ("Hoàn thành trễ hạn", Progress.DONE, Timing.LATE),
        ("HT đúng hạn", Progress.DONE, Timing.ON_TIME),
        ("Đang thực hiện (còn thời hạn thực hiện)", Progress.NOT_DONE, Timing.ON_TIME),
        ("Trong hạn - đang thực hiện", Progress.NOT_DONE, Timing.ON_TIME),
        ("đã hủy", Progress.CANCELLED, None),
        ("Tạm dừng thực hiện", Progress.PAUSED, None),
        ("Không có thời hạn (thường xuyên)", Progress.NOT_DONE, Timing.NO_DEADLINE),
        ("Đã hoàn thành (thường xuyên)", Progress.DONE, Timing.NO_DEADLINE),
        ("  Thường   xuyên. ", Progress.NOT_DONE, Timing.NO_DEADLINE),
    ],
)
def test_read_status_words(word, progress, timing):
    assert read_status_words(word) == StatusWords(progress, timing)


@pytest.mark.parametrize("word", ["", "abc", "hoàn", "xong rồi nhé", "không", "-", "Ghi chú"])
def test_unknown_wording_is_not_guessed(word):
    assert read_status_words(word) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # What parse_status_word read before this module: kept.
        ("Đã hoàn thành đúng hạn", S.HT_DUNG_HAN),
        ("hoàn thành", S.HT_DUNG_HAN),
        ("HOÀN THÀNH ĐÚNG HẠN", S.HT_DUNG_HAN),
        ("đúng hạn", S.HT_DUNG_HAN),
        ("hoan thanh", S.HT_DUNG_HAN),
        ("Đã hoàn thành quá hạn", S.HT_QUA_HAN),
        ("hoàn thành chậm", S.HT_QUA_HAN),
        ("chậm", S.HT_QUA_HAN),
        ("hoàn thành chậm thời hạn", S.HT_QUA_HAN),
        ("Chưa hoàn thành, còn thời hạn", S.CHUA_HT_TRONG_HAN),
        ("đang thực hiện", S.CHUA_HT_TRONG_HAN),
        ("còn hạn", S.CHUA_HT_TRONG_HAN),
        ("chưa hoàn thành", S.CHUA_HT_TRONG_HAN),
        ("Chưa hoàn thành, quá hạn", S.CHUA_HT_QUA_HAN),
        ("quá hạn", S.CHUA_HT_QUA_HAN),
        ("Không thời hạn", S.KHONG_THOI_HAN),
        ("HT_QUA_HAN", S.HT_QUA_HAN),
        ("chua_ht_trong_han", S.CHUA_HT_TRONG_HAN),
        ("KHONG_THOI_HAN", S.KHONG_THOI_HAN),
    ],
)
def test_nominal_status(word, expected):
    assert nominal_status(read_status_words(word)) is expected


def test_every_label_reads_as_its_own_status():
    for status in TaskStatus:
        assert nominal_status(read_status_words(status.label)) is status
        assert nominal_status(read_status_words(status.value)) is status


@pytest.mark.parametrize("word", ["Tạm dừng", "Không thực hiện", "Chờ xác nhận"])
def test_paused_cancelled_and_awaiting_have_no_canonical_status(word):
    words = read_status_words(word)
    assert not words.has_canonical_status
    assert nominal_status(words) is None
    assert status_for(words, D(2024, 6, 30), None, D(2024, 8, 1)) is None


DEADLINE, CUTOFF = D(2024, 6, 30), D(2024, 8, 1)


def test_the_dates_fill_in_what_the_wording_leaves_open():
    done = read_status_words("Hoàn thành")
    assert status_for(done, DEADLINE, D(2024, 7, 10), CUTOFF) is S.HT_QUA_HAN
    assert status_for(done, DEADLINE, D(2024, 6, 30), CUTOFF) is S.HT_DUNG_HAN
    assert status_for(done, None, None, CUTOFF) is S.HT_DUNG_HAN
    assert status_for(done, D(2024, 9, 30), None, CUTOFF) is S.HT_DUNG_HAN
    # Done, past the deadline, no completion date: on time or late cannot be told.
    assert status_for(done, DEADLINE, None, CUTOFF) is None
    ongoing = read_status_words("Đang thực hiện")
    assert status_for(ongoing, DEADLINE, None, CUTOFF) is S.CHUA_HT_QUA_HAN
    assert status_for(ongoing, D(2024, 9, 30), None, CUTOFF) is S.CHUA_HT_TRONG_HAN
    assert status_for(ongoing, None, None, CUTOFF) is S.KHONG_THOI_HAN


def test_explicit_timing_wins_over_the_dates():
    words = read_status_words("Hoàn thành đúng hạn")
    assert status_for(words, DEADLINE, D(2024, 7, 10), CUTOFF) is S.HT_DUNG_HAN
