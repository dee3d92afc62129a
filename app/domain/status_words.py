"""Reading a task's status as trackers and units word it, and comparing it with the dates.

Wording seen in provincial and government reports ("Đã hoàn thành đúng hạn", "Hoàn thành quá
hạn", "Đang thực hiện trong hạn", "Chưa hoàn thành - quá hạn", "Thường xuyên", "Tạm dừng",
"Không thực hiện", "Chờ xác nhận", …) says two things: how far the task got (done, not done,
paused, cancelled, awaiting confirmation) and its timing (on time, late, no deadline). Both are
read from the folded words in any case, punctuation and word order; a word that is neither a
known phrase nor a filler word makes the wording unrecognised (None) rather than guessed.

The status derived from the dates (app.domain.tasks.derive_status) stays the rule: these
functions only say what the wording stands for, so that a disagreement can be shown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.tasks import TaskStatus, derive_status
from app.domain.text import fold


class Progress(StrEnum):
    DONE = "done"
    NOT_DONE = "not_done"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    AWAITING = "awaiting"  # the unit reports it done; the assigner has not confirmed it


class Timing(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    NO_DEADLINE = "no_deadline"


@dataclass(frozen=True)
class StatusWords:
    progress: Progress
    timing: Timing | None = None

    @property
    def has_canonical_status(self) -> bool:
        """False for paused, cancelled and awaiting: no canonical status says that."""
        return self.progress in (Progress.DONE, Progress.NOT_DONE)


# Longest phrases first, so that "chưa hoàn thành" is not read as "hoàn thành".
_PROGRESS = {
    "chua hoan thanh": Progress.NOT_DONE,
    "khong hoan thanh": Progress.NOT_DONE,
    "chua thuc hien": Progress.NOT_DONE,
    "dang thuc hien": Progress.NOT_DONE,
    "dang trien khai": Progress.NOT_DONE,
    "dang tien hanh": Progress.NOT_DONE,
    "dang xu ly": Progress.NOT_DONE,
    "chua xong": Progress.NOT_DONE,
    "tam dung thuc hien": Progress.PAUSED,
    "tam ngung thuc hien": Progress.PAUSED,
    "tam dung": Progress.PAUSED,
    "tam ngung": Progress.PAUSED,
    "tam hoan": Progress.PAUSED,
    "khong thuc hien": Progress.CANCELLED,
    "dung thuc hien": Progress.CANCELLED,
    "bai bo": Progress.CANCELLED,
    "huy bo": Progress.CANCELLED,
    "huy": Progress.CANCELLED,
    "cho xac nhan": Progress.AWAITING,
    "cho phe duyet": Progress.AWAITING,
    "cho danh gia": Progress.AWAITING,
    "hoan thanh": Progress.DONE,
    "da thuc hien": Progress.DONE,
    "xong": Progress.DONE,
}

# phrase -> (timing, the progress it implies when none is written)
_TIMING = {
    "khong dung han": (Timing.LATE, Progress.DONE),
    "khong co thoi han": (Timing.NO_DEADLINE, Progress.NOT_DONE),
    "khong xac dinh thoi han": (Timing.NO_DEADLINE, Progress.NOT_DONE),
    "khong thoi han": (Timing.NO_DEADLINE, Progress.NOT_DONE),
    "thuong xuyen": (Timing.NO_DEADLINE, Progress.NOT_DONE),
    "dung thoi han": (Timing.ON_TIME, Progress.DONE),
    "dung han": (Timing.ON_TIME, Progress.DONE),
    "dung tien do": (Timing.ON_TIME, Progress.NOT_DONE),
    "trong thoi han": (Timing.ON_TIME, Progress.NOT_DONE),
    "con thoi han": (Timing.ON_TIME, Progress.NOT_DONE),
    "chua den han": (Timing.ON_TIME, Progress.NOT_DONE),
    "trong han": (Timing.ON_TIME, Progress.NOT_DONE),
    "con han": (Timing.ON_TIME, Progress.NOT_DONE),
    "qua thoi han": (Timing.LATE, Progress.NOT_DONE),
    "cham tien do": (Timing.LATE, Progress.NOT_DONE),
    "cham thoi han": (Timing.LATE, Progress.DONE),
    "qua han": (Timing.LATE, Progress.NOT_DONE),
    "tre han": (Timing.LATE, Progress.NOT_DONE),
    "cham": (Timing.LATE, Progress.DONE),
    "muon": (Timing.LATE, Progress.DONE),
    "tre": (Timing.LATE, Progress.DONE),
}

# Words that carry nothing on their own ("đã", "nhiệm vụ", "thực hiện", "thời hạn", …).
_FILLER = set(
    "da dang van con nhiem vu viec thuc hien thoi han tien do va nhung theo ke hoach".split()
)
_PHRASES = sorted(
    [(p, "progress") for p in _PROGRESS] + [(p, "timing") for p in _TIMING],
    key=lambda item: -len(item[0].split()),
)


def _words(text: str) -> list[str]:
    words = [w for w in re.split(r"[\W_]+", fold(text)) if w]
    # Trackers abbreviate "hoàn thành" as HT (and the app's own codes read HT_QUA_HAN).
    spelled: list[str] = []
    for w in words:
        spelled.extend(("hoan", "thanh") if w == "ht" else (w,))
    return spelled


def read_status_words(text: str) -> StatusWords | None:
    """What a written status says (see the module doc); None when it is not recognised."""
    words = _words(text)
    if not words:
        return None
    used = [False] * len(words)
    progress: Progress | None = None
    timing: Timing | None = None
    implied: Progress | None = None
    for phrase, kind in _PHRASES:
        parts = phrase.split()
        for start in range(len(words) - len(parts) + 1):
            span = range(start, start + len(parts))
            if words[start : start + len(parts)] != parts or any(used[i] for i in span):
                continue
            for i in span:
                used[i] = True
            if kind == "progress" and progress is None:
                progress = _PROGRESS[phrase]
            elif kind == "timing" and timing is None:
                timing, implied = _TIMING[phrase]
    if any(not u and w not in _FILLER for u, w in zip(used, words, strict=True)):
        return None
    progress = progress or implied
    if progress is None:
        return None
    return StatusWords(progress, timing)


def nominal_status(words: StatusWords) -> TaskStatus | None:
    """The canonical status the wording names without looking at any date ("Hoàn thành" →
    đúng hạn, "Chưa hoàn thành" → còn thời hạn); None for paused, cancelled, awaiting."""
    return status_for(words, None, None, None, nominal=True)


def status_for(
    words: StatusWords,
    deadline: dt.date | None,
    completed_on: dt.date | None,
    cutoff: dt.date | None,
    nominal: bool = False,
) -> TaskStatus | None:
    """The canonical status the wording stands for, the dates filling in what it leaves open
    ("Hoàn thành" with a completion date after the deadline is "quá hạn"). None when the wording
    has no canonical status, or when it says done without saying when and the dates cannot tell.
    """
    if words.progress == Progress.DONE:
        if words.timing == Timing.LATE:
            return TaskStatus.HT_QUA_HAN
        if words.timing is not None or nominal:
            return TaskStatus.HT_DUNG_HAN
        if completed_on is not None:
            return derive_status(deadline, completed_on, cutoff)
        if deadline is None or (cutoff or dt.date.today()) <= deadline:
            return TaskStatus.HT_DUNG_HAN
        return None
    if words.progress == Progress.NOT_DONE:
        if words.timing == Timing.LATE:
            return TaskStatus.CHUA_HT_QUA_HAN
        if words.timing == Timing.ON_TIME:
            return TaskStatus.CHUA_HT_TRONG_HAN
        if words.timing == Timing.NO_DEADLINE:
            return TaskStatus.KHONG_THOI_HAN
        return TaskStatus.CHUA_HT_TRONG_HAN if nominal else derive_status(deadline, None, cutoff)
    return None
