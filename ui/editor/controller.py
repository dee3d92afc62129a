"""The inspection editor's controller: the draft, its undo stack and the autosave.

The editor edits an in-memory `InspectionData` draft. Every change is an undo command; every
change (undo and redo included) marks the draft dirty and starts the autosave timer, which
writes the whole draft through `InspectionService.save` at most AUTOSAVE_DELAY_MS later.
`flush()` saves at once (page change, selection change, window close, quit).

When every change since the last save is typing into entries that are already saved, the save
writes only those fields (ui/editor/typed_fields.py).

Every save carries the revision the draft was read at. When something else wrote meanwhile (a
second window, `tocongtac issue` from the command line), the save is refused and the editor
reloads: what changed elsewhere is merged with what was typed here (app.domain.draft_merge),
or, if the notice was issued elsewhere, the inspection turns read-only and what was typed here
stays visible in a `conflict` report. An issued inspection is read-only until the secretary
opens an amendment with a reason (`amend`); a database opened read-only is read-only too, and
says why.
"""

from __future__ import annotations

import copy
import datetime as dt
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app import dto
from app.database import read_only_message, storage_message
from app.domain.draft_merge import Clash, merge_drafts, unsaved_changes
from app.domain.errors import ConflictError, DomainError, LockedError
from app.domain.register import issued_reference
from app.errorlog import write_error_log
from app.services.bundle import Services
from ui.editor.commands import (
    Change,
    InsertItemsCommand,
    MoveItemCommand,
    RemoveItemsCommand,
    ReplaceItemCommand,
    SetFieldsCommand,
)
from ui.editor.typed_fields import TypedFields

AUTOSAVE_DELAY_MS = 500


class SaveState(StrEnum):
    SAVED = "saved"
    SAVING = "saving"
    UNSAVED = "unsaved"


@dataclass(frozen=True)
class ConflictReport:
    """What happened when a save found the inspection changed elsewhere."""

    message: str  # Vietnamese, one paragraph
    kept: list[Clash]  # what was typed here and is not in the saved inspection


class InspectionEditor(QObject):
    """Holds the draft being edited and keeps the database in step with it."""

    changed = Signal(object)  # Change
    loaded = Signal()  # a new draft, or none
    saved = Signal(object)  # dto.InspectionRow, after each completed save
    save_state_changed = Signal(str)  # SaveState
    modified_changed = Signal(bool)
    save_failed = Signal(str)
    directory_changed = Signal()
    # After an undo or a redo: the changes it made (list of Change), so the pages can put the
    # selection and the cursor on what changed.
    history_moved = Signal(object)
    labels_changed = Signal()  # the labels the notice prints (labels()) may have changed
    read_only_changed = Signal(bool)
    edit_refused = Signal(str)  # an edit of a read-only inspection was not made: why
    conflict = Signal(object)  # ConflictReport

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.stack = QUndoStack(self)
        self.draft: dto.InspectionData | None = None
        self.profile = dto.ProfileData()
        self.organizations: list[dto.OrganizationData] = []
        self._dirty = False
        self._state = SaveState.SAVED
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self._entry_fields = services.entry_fields
        self._typed = TypedFields()
        self._last_row: dto.InspectionRow | None = None
        self._labels: dict[int, str] | None = None
        self._outline: tuple = ()
        self._replayed: list[Change] | None = None
        # The draft as last read or saved: the base of the merge after a conflict.
        self._base: dto.InspectionData | None = None
        self.amending = False  # an amendment of the issued notice is open
        self._read_only = False
        self._reloading = False
        self.reload_directory()

    # -- loading ----------------------------------------------------------------------------

    def reload_directory(self) -> None:
        """Re-read the profile and organizations (after the Danh mục dialog)."""
        self.profile = self.services.profile.get()
        self.organizations = self.services.profile.organizations()
        self._labels = None
        self.directory_changed.emit()
        self.labels_changed.emit()

    def load(self, inspection_id: int | None) -> bool:
        """Open an inspection (saving the current one first); None closes the editor.

        False, and the current draft kept, when the current draft could not be saved.
        """
        if not self.flush():
            return False
        if inspection_id is not None and self.draft is not None and self.draft.id == inspection_id:
            return True
        data = self.services.inspections.get(inspection_id) if inspection_id is not None else None
        self._set_draft(data)
        return True

    def close_draft(self) -> None:
        self.flush()
        self._set_draft(None)

    def _set_draft(self, data: dto.InspectionData | None, amending: bool = False) -> None:
        self._timer.stop()
        self.stack.clear()
        self.draft = data
        self._labels = None
        self._outline = self._outline_key()
        self._base = copy.deepcopy(data)
        self.amending = amending
        self._typed.reset(whole=True)
        self._last_row = None
        self._set_dirty(False)
        self._set_state(SaveState.SAVED)
        self._update_read_only()
        self.loaded.emit()

    # -- read-only --------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    def read_only_reason(self) -> str:
        """Why the open inspection cannot be edited ("" when it can)."""
        if self.draft is None:
            return ""
        if self.services.db.read_only:
            return read_only_message(self.services.db)
        if self.draft.notice.issued and not self.amending:
            number = issued_reference(self.draft.notice)
            return self.tr(
                "Thông báo {0} đã ban hành nên chỉ được xem. Muốn sửa, chọn «Sửa đổi văn bản "
                "đã ban hành» và ghi lý do."
            ).format(number)
        return ""

    def _update_read_only(self) -> None:
        on = bool(self.read_only_reason())
        if on != self._read_only:
            self._read_only = on
            self.read_only_changed.emit(on)

    def _refused(self, area: str, obj: Any = None, fields: tuple[str, ...] = ()) -> bool:
        """True (and the edit not made) when the draft is read-only; widgets show it again."""
        if not self._read_only:
            return False
        self.edit_refused.emit(self.read_only_reason())
        self.changed.emit(Change(area, obj, fields, structural=not fields))
        return True

    def amend(self, reason: str) -> None:
        """Open an amendment of the issued notice: recorded with its reason, then editable."""
        if self.draft is None or self.draft.id is None:
            return
        self.draft.revision = self.services.inspections.amend(
            self.draft.id, reason, self.draft.revision
        )
        self._base.revision = self.draft.revision
        self.amending = True
        self._update_read_only()

    @property
    def inspection_id(self) -> int | None:
        return self.draft.id if self.draft is not None else None

    # -- edits ------------------------------------------------------------------------------

    def set_field(
        self,
        area: str,
        obj: Any,
        name: str,
        value: Any,
        text: str = "",
        merge: bool = False,
        fresh: bool = False,
    ) -> None:
        self.set_fields(area, obj, {name: value}, text, merge, fresh)

    def set_fields(
        self,
        area: str,
        obj: Any,
        values: dict[str, Any],
        text: str = "",
        merge: bool = False,
        fresh: bool = False,
    ) -> None:
        """Change attributes of a draft object as one undo step (typing merges with `merge`;
        `fresh` typing, over a selection, starts a step of its own)."""
        if obj is None or all(getattr(obj, k) == v for k, v in values.items()):
            return
        if self._refused(area, obj, tuple(values)):
            return
        label = text or self.tr("Sửa")
        command = SetFieldsCommand(self._notify, area, obj, values, label, merge, fresh)
        self.stack.push(command)

    def insert_items(self, area: str, items_list: list, index: int, items, text: str) -> None:
        items = list(items)
        if items and not self._refused(area):
            self.stack.push(InsertItemsCommand(self._notify, area, items_list, index, items, text))

    def remove_items(self, area: str, items_list: list, indexes, text: str) -> None:
        indexes = [i for i in indexes if 0 <= i < len(items_list)]
        if indexes and not self._refused(area):
            self.stack.push(RemoveItemsCommand(self._notify, area, items_list, indexes, text))

    def move_item(self, area: str, items_list: list, source: int, target: int, text: str) -> None:
        if source != target and 0 <= target < len(items_list) and not self._refused(area):
            self.stack.push(MoveItemCommand(self._notify, area, items_list, source, target, text))

    def replace_item(self, area: str, items_list: list, index: int, value, text: str) -> None:
        if items_list[index] != value and not self._refused(area):
            self.stack.push(ReplaceItemCommand(self._notify, area, items_list, index, value, text))

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several edits into one undo step."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    def undo(self) -> None:
        if self.stack.canUndo() and not self._refused("inspection"):
            self._replay(self.stack.undo)

    def redo(self) -> None:
        if self.stack.canRedo() and not self._refused("inspection"):
            self._replay(self.stack.redo)

    def _replay(self, step) -> None:
        self._replayed = []
        try:
            step()
        finally:
            changes, self._replayed = self._replayed, None
        if changes:
            self.history_moved.emit(changes)

    def _filled(self, entry: dto.EntryData) -> bool:
        """Whether `entry` had text when the outline was last read."""
        return next((k[-1] for k in self._outline[-1] if k[0] == id(entry)), False)

    def labels(self) -> dict[int, str]:
        """The label the notice prints for each entry (index in draft.entries → "3.1.", "a)",
        "-", ""; no key: not printed), by the notice's own rule (app.notice.builder)."""
        if self._labels is None:
            from app.notice.builder import entry_labels

            self._labels = entry_labels(self.draft, self.profile) if self.draft else {}
        return self._labels

    def _outline_key(self) -> tuple:
        """What the labels depend on: the entries' order, kind, level, number, agency and
        whether they have text; the kind and unit; whether tasks and indicators give the
        assessment generated paragraphs."""
        draft = self.draft
        if draft is None:
            return ()
        entries = tuple(
            (id(e), e.section, e.kind, e.level, e.numbered, e.addressee, bool(e.text.strip()))
            for e in draft.entries
        )
        figures = tuple(
            (bool(i.name.strip()), i.actual is not None, i.stated_percent is not None)
            for i in draft.indicators
        )
        return (draft.kind, draft.unit_name, bool(draft.tasks), figures, entries)

    def _notify(self, change: Change) -> None:
        if change.area != "entries" or change.structural or change.fields != ("text",):
            outline = self._outline_key()
        elif bool(change.obj.text.strip()) != self._filled(change.obj):
            outline = self._outline_key()
        else:
            outline = self._outline
        relabel = outline != self._outline
        if relabel:
            self._outline = outline
            self._labels = None
        if self._replayed is not None:
            self._replayed.append(change)
        self._typed.track(change)
        self.changed.emit(change)
        if relabel:
            self.labels_changed.emit()
        self._set_dirty(True)
        self._set_state(SaveState.UNSAVED)
        if not self._timer.isActive():
            self._timer.start()

    # -- saving -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def save_state(self) -> SaveState:
        return self._state

    def state_text(self) -> str:
        """What the status bar says about saving (never «Đã lưu» when nothing can be saved)."""
        if self.draft is None:
            return ""
        if self.services.db.read_only:
            return self.tr("Chỉ đọc — không lưu được")
        if self._state == SaveState.SAVING:
            return self.tr("Đang lưu…")
        if self._state == SaveState.UNSAVED or self._dirty:
            return self.tr("Chưa lưu")
        if self._read_only:
            return self.tr("Đã ban hành — chỉ xem")
        return self.tr("Đã lưu")

    def flush(self) -> bool:
        """Save now if anything is waiting; True when the database holds the draft."""
        if self.draft is None or not self._dirty:
            return True
        return self.save()

    def save(self) -> bool:
        """Write the draft; on failure it stays dirty and the next change or flush retries."""
        self._timer.stop()
        if self.draft is None:
            return True
        self._set_state(SaveState.SAVING)
        try:
            row = self._save_typed() or self.services.inspections.save(
                self.draft, amending=self.amending
            )
        except (ConflictError, LockedError) as error:
            if self._reloading:  # written elsewhere again while merging: say so, retry later
                return self._failed(error.message)
            self._reloading = True
            try:
                return self._reload_after_conflict()
            finally:
                self._reloading = False
        except DomainError as error:
            return self._failed(error.message)
        except Exception as error:  # noqa: BLE001 - the user keeps the draft and is told why
            return self._failed(self._why_not_saved(error))
        self._saved(row)
        return True

    def _saved(self, row: dto.InspectionRow) -> None:
        self._base = self._typed.saved_base(self._base, self.draft)  # a later merge's base
        self._typed.reset(whole=False)
        self._last_row = row
        self._set_dirty(False)
        self._set_state(SaveState.SAVED)
        self.saved.emit(row)

    def _why_not_saved(self, error: Exception) -> str:
        message = storage_message(error, self.services.db)
        if message:
            return message
        path = write_error_log(traceback.format_exc())
        where = self.tr(" Chi tiết đã ghi vào {0}.").format(path) if path else ""
        return self.tr("Không lưu được vì một lỗi không mong đợi.") + where

    def _save_typed(self) -> dto.InspectionRow | None:
        """The quick save of typed entry fields; None when the whole draft must be written.

        Entry fields never change the list row, so the row of the last save stands.
        """
        if self._last_row is None or self.draft.id != self._last_row.id:
            return None
        changes = self._typed.changes()
        if not changes:
            return None
        revision = self._entry_fields.save_fields(
            self.draft.id, changes, self.draft.revision, self.amending
        )
        if revision is None:
            return None
        self.draft.revision = revision
        return self._last_row

    def _reload_after_conflict(self) -> bool:
        """The inspection changed elsewhere: reload it, keep what was typed here, and say so."""
        mine, base = self.draft, self._base
        fresh = self.services.inspections.get(mine.id)
        amending = self.amending and fresh.notice.issued
        if fresh.notice.issued and not amending:
            kept = unsaved_changes(base, mine)
            self._set_draft(fresh)
            number = issued_reference(fresh.notice)
            message = self.tr(
                "Thông báo này vừa được ban hành ở nơi khác (số {0}); cửa sổ này chuyển sang "
                "chỉ xem. Những gì bạn vừa gõ chưa được lưu và được giữ ở dưới đây."
            ).format(number)
            self.conflict.emit(ConflictReport(message, kept))
            return True
        result = merge_drafts(base, mine, fresh)
        self._set_draft(result.draft, amending=amending)
        self._base = fresh
        message = self.tr(
            "Cuộc kiểm tra này vừa được sửa ở nơi khác; đã tải lại những thay đổi đó và giữ "
            "những gì bạn vừa gõ."
        )
        if result.clashes:
            message += self.tr(
                " Những chỗ hai nơi cùng sửa khác nhau giữ bản ở nơi khác; bản của bạn ở dưới đây."
            )
        self.conflict.emit(ConflictReport(message, result.clashes))
        if result.draft == fresh:
            return True
        self._set_dirty(True)
        return self.save()

    def _failed(self, message: str) -> bool:
        self._set_state(SaveState.UNSAVED)
        self.save_failed.emit(message)
        return False

    def issue(self, number: int | None, date: dt.date) -> dto.InspectionRow:
        """Issue the notice through the register (raises DomainError with the reason).

        Issuing is a milestone: the draft takes the issued number, date and status, and the undo
        history is cleared so that no undo can reach back behind it.
        """
        if not self.flush() or self.draft is None or self.draft.id is None:
            raise DomainError(self.tr("Chưa lưu được cuộc kiểm tra, chưa thể ban hành."))
        row = self.services.register.issue(self.draft.id, number, date)
        fresh = self.services.inspections.get(self.draft.id)
        notice = self.draft.notice
        notice.number, notice.date, notice.issued = (
            fresh.notice.number,
            fresh.notice.date,
            fresh.notice.issued,
        )
        self.draft.status = fresh.status
        self.draft.revision = fresh.revision
        self._base = copy.deepcopy(self.draft)
        self._last_row = row
        self.stack.clear()
        self.amending = False
        self._update_read_only()
        self.changed.emit(Change("notice", notice, ("number", "date", "issued")))
        self.changed.emit(Change("inspection", self.draft, ("status",)))
        self.saved.emit(row)
        return row

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.modified_changed.emit(dirty)

    def _set_state(self, state: SaveState) -> None:
        if state != self._state:
            self._state = state
            self.save_state_changed.emit(str(state))
