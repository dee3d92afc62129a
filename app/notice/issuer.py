"""The issuing body of a notice: its letterhead, how the notice names it, whose tasks it checks,
its document code, place, default recipients and signature presets.

A notice records the body it was chosen with (NoticeData.issuing_body, issuer_name, …); what it
leaves empty comes from the profile (the group's own body, by default the Tổ công tác). So the
letterhead, every generated sentence ("UBND huyện yêu cầu …"), the signature and the recipients
of a district's notice all speak as the district, never as the province.
`body_of_organization` proposes a body for any organization of the directory.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.text import nfc
from app.dto import InspectionData, Kind, OrganizationData, ProfileData

UBND_TYPE = "ubnd"
_UBND_PRESETS = (
    {"label": "TL. Chủ tịch", "authority_lines": ["TL. CHỦ TỊCH"], "capacity": "CHÁNH VĂN PHÒNG",
     "title": ""},
    {"label": "TM. Ủy ban nhân dân", "authority_lines": ["TM. ỦY BAN NHÂN DÂN"],
     "capacity": "CHỦ TỊCH", "title": ""},
    {"label": "KT. Chủ tịch", "authority_lines": ["KT. CHỦ TỊCH"], "capacity": "PHÓ CHỦ TỊCH",
     "title": ""},
)  # fmt: skip
_HEAD_TITLES = {"so": "GIÁM ĐỐC", "phong": "TRƯỞNG PHÒNG", "ban": "TRƯỞNG BAN"}


@dataclass(frozen=True)
class IssuingBody:
    name: str  # "Tổ công tác của Chủ tịch UBND tỉnh", "UBND huyện Khe Đá"
    voice: str  # "Tổ Công tác", "UBND huyện"
    authority: str  # "UBND tỉnh", "UBND huyện"
    parent_organ: tuple[str, ...]
    issuing_organ: tuple[str, ...]
    place: str
    issuer_code: str
    recipients: tuple[str, ...] = ()
    presets: tuple[dict, ...] = ()
    code: str = ""  # the directory code, "" for the profile's own body

    def notice_fields(self) -> dict:
        """The NoticeData fields that record this body on a notice."""
        return {
            "issuing_body": self.code,
            "issuer_name": self.name,
            "issuer_voice": self.voice,
            "authority": self.authority,
            "organ_parent": "\n".join(self.parent_organ),
            "organ_issuing": "\n".join(self.issuing_organ),
            "issuer_code": self.issuer_code,
            "place": self.place,
        }


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in nfc(text or "").split("\n") if line.strip())


def profile_body(profile: ProfileData) -> IssuingBody:
    return IssuingBody(
        name=profile.group_name,
        voice=profile.voice,
        authority=profile.authority,
        parent_organ=_lines(profile.parent_organ),
        issuing_organ=_lines(profile.issuing_organ),
        place=profile.place_name,
        issuer_code=profile.issuer_code,
        recipients=tuple(profile.default_recipients),
        presets=tuple(profile.signature_presets),
    )


def _default_voice(kind: str, profile: ProfileData) -> str:
    """Who speaks when the notice names no body: a meeting conclusion speaks as the authority
    (UBND tỉnh), a supervision record as its delegation, an inspection as the group."""
    return {Kind.HOP: profile.authority, Kind.GIAM_SAT: "Đoàn giám sát"}.get(
        Kind(kind), profile.voice
    )


def issuing_body(insp: InspectionData, profile: ProfileData) -> IssuingBody:
    """The body of `insp`'s notice: what the notice records, the profile for the rest. A notice
    that names its issuing organ has its own letterhead (its parent line may then be empty on
    purpose)."""
    notice = insp.notice
    own = profile_body(profile)
    if notice.organ_issuing.strip():
        parent, issuing = _lines(notice.organ_parent), _lines(notice.organ_issuing)
    else:
        parent = _lines(notice.organ_parent) or own.parent_organ
        issuing = own.issuing_organ
    voice = nfc(notice.issuer_voice).strip() or _default_voice(insp.kind, profile)
    default_name = profile.authority if Kind(insp.kind) == Kind.HOP else own.name
    foreign = bool(notice.issuing_body.strip())
    return IssuingBody(
        name=nfc(notice.issuer_name).strip() or default_name,
        voice=voice,
        authority=nfc(notice.authority).strip() or own.authority,
        parent_organ=parent,
        issuing_organ=issuing,
        place=nfc(notice.place).strip() or own.place,
        issuer_code=nfc(notice.issuer_code).strip() or own.issuer_code,
        recipients=() if foreign else own.recipients,
        presets=presets_for_code(notice.issuer_code) if foreign else own.presets,
        code=notice.issuing_body,
    )


def presets_for_code(issuer_code: str) -> tuple[dict, ...]:
    """The signature presets of a body known only by its document code."""
    return _UBND_PRESETS if issuer_code.strip().upper() == "UBND" else ()


def _place_word(org: OrganizationData) -> str:
    """What follows "UBND" in the organization's name: "huyện Khe Đá", "thành phố Lạng Sơn"."""
    name = org.name.strip()
    for prefix in ("UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân "):
        if name.startswith(prefix):
            return name[len(prefix) :].strip()
    return name


def body_of_organization(
    org: OrganizationData, parent: OrganizationData | None, profile: ProfileData
) -> IssuingBody:
    """A proposed body for an organization of the directory (the secretary may edit it):

    an UBND issues under "ỦY BAN NHÂN DÂN / HUYỆN KHE ĐÁ", speaks as "UBND huyện" and signs
    "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG"; any other organization issues under its parent's name,
    speaks by its own name and is signed by its head.
    """
    name = org.name.strip()
    place = org.short_name.strip() or profile.place_name
    if org.type == UBND_TYPE:
        where = _place_word(org)
        voice = name
        if org.short_name.strip() and name.endswith(org.short_name.strip()):
            voice = name[: -len(org.short_name.strip())].strip()
        return IssuingBody(
            name=name,
            voice=voice,
            authority=voice,
            parent_organ=(),
            issuing_organ=("ỦY BAN NHÂN DÂN", where.upper()),
            place=place,
            issuer_code="UBND",
            recipients=("Lưu: VT.",),
            presets=_UBND_PRESETS,
            code=org.code,
        )
    parent_body = body_of_organization(parent, None, profile) if parent is not None else None
    head = _HEAD_TITLES.get(org.type, "")
    presets = ({"label": head.capitalize(), "authority_lines": [], "capacity": head, "title": ""},)
    return IssuingBody(
        name=name,
        voice=name,
        authority=parent_body.authority if parent_body else profile.authority,
        parent_organ=(parent.name.upper(),) if parent is not None else (),
        issuing_organ=(name.upper(),),
        place=parent_body.place if parent_body else place,
        issuer_code=org.abbreviation.strip() or _initials(name),
        recipients=("Lưu: VT.",),
        presets=presets if head else (),
        code=org.code,
    )


def _initials(name: str) -> str:
    """ "Sở Nội vụ" → "SNV": the capitals of the name's words."""
    return "".join(word[0] for word in name.split() if word[:1].isupper()) or "CQ"
