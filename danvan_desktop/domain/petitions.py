"""Citizens' petitions (đơn thư, DOMAIN §4): types, channels, the handling workflow, duplicates.

The workflow: receive → classify → guide / transfer / file away / accept → verify → dialogue
(complaints) → decide (a complaint decision or a denunciation conclusion) → notify → follow up →
close; and, while a case is being settled, extend (with a reason), suspend, resume, withdraw.
`check_transition` says where an action leads or raises RuleViolation with the reason in
Vietnamese; services call it before they record a step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from danvan_desktop.domain.dates import fmt_date
from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.text import fold


class PetitionType(StrEnum):
    COMPLAINT = "complaint"
    DENUNCIATION = "denunciation"
    RECOMMENDATION = "recommendation"
    FEEDBACK = "feedback"
    MIXED = "mixed"

    @property
    def label(self) -> str:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    PetitionType.COMPLAINT: "Khiếu nại",
    PetitionType.DENUNCIATION: "Tố cáo",
    PetitionType.RECOMMENDATION: "Kiến nghị",
    PetitionType.FEEDBACK: "Phản ánh",
    PetitionType.MIXED: "Hỗn hợp (nhiều nội dung)",
}


class Channel(StrEnum):
    """How the petition reached the commune."""

    RECEPTION = "reception"
    POST = "post"
    TRANSFERRED = "transferred"
    INSPECTION_BOARD = "inspection_board"
    DIALOGUE = "dialogue"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.RECEPTION: "Qua tiếp công dân",
    Channel.POST: "Qua bưu chính, gửi trực tiếp",
    Channel.TRANSFERRED: "Do cơ quan khác chuyển đến",
    Channel.INSPECTION_BOARD: "Qua Ban Thanh tra nhân dân",
    Channel.DIALOGUE: "Qua hội nghị đối thoại",
    Channel.ONLINE: "Trực tuyến",
}


class PetitionState(StrEnum):
    RECEIVED = "received"
    CLASSIFIED = "classified"
    GUIDED = "guided"
    TRANSFERRED = "transferred"
    FILED = "filed"
    ACCEPTED = "accepted"
    VERIFYING = "verifying"
    DIALOGUE = "dialogue"
    DECIDED = "decided"
    NOTIFIED = "notified"
    FOLLOWING_UP = "following_up"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    PetitionState.RECEIVED: "Đã tiếp nhận",
    PetitionState.CLASSIFIED: "Đã phân loại",
    PetitionState.GUIDED: "Đã hướng dẫn công dân",
    PetitionState.TRANSFERRED: "Đã chuyển đơn",
    PetitionState.FILED: "Lưu đơn",
    PetitionState.ACCEPTED: "Đã thụ lý",
    PetitionState.VERIFYING: "Đang xác minh",
    PetitionState.DIALOGUE: "Đã đối thoại",
    PetitionState.DECIDED: "Đã có quyết định, kết luận",
    PetitionState.NOTIFIED: "Đã thông báo kết quả",
    PetitionState.FOLLOWING_UP: "Đang theo dõi thực hiện",
    PetitionState.SUSPENDED: "Tạm đình chỉ",
    PetitionState.WITHDRAWN: "Đã rút đơn",
    PetitionState.CLOSED: "Đã kết thúc",
}


class Action(StrEnum):
    RECEIVE = "receive"
    CLASSIFY = "classify"
    GUIDE = "guide"
    TRANSFER = "transfer"
    FILE_AWAY = "file_away"
    ACCEPT = "accept"
    VERIFY = "verify"
    DIALOGUE = "dialogue"
    DECIDE = "decide"
    NOTIFY = "notify"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    EXTEND = "extend"
    SUSPEND = "suspend"
    RESUME = "resume"
    WITHDRAW = "withdraw"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]

    def label_for(self, petition_type: PetitionType | str) -> str:
        """The action's name as the officer knows it for this kind of petition."""
        if self is Action.DECIDE:
            return _DECIDE_LABELS[PetitionType(petition_type)]
        return self.label


_ACTION_LABELS = {
    Action.RECEIVE: "Tiếp nhận đơn",
    Action.CLASSIFY: "Phân loại đơn",
    Action.GUIDE: "Hướng dẫn công dân",
    Action.TRANSFER: "Chuyển đơn",
    Action.FILE_AWAY: "Lưu đơn",
    Action.ACCEPT: "Thụ lý",
    Action.VERIFY: "Xác minh",
    Action.DIALOGUE: "Đối thoại",
    Action.DECIDE: "Ra quyết định, kết luận",
    Action.NOTIFY: "Thông báo kết quả",
    Action.FOLLOW_UP: "Theo dõi thực hiện",
    Action.CLOSE: "Kết thúc hồ sơ",
    Action.EXTEND: "Gia hạn giải quyết",
    Action.SUSPEND: "Tạm đình chỉ",
    Action.RESUME: "Tiếp tục giải quyết",
    Action.WITHDRAW: "Rút đơn",
}

_DECIDE_LABELS = {
    PetitionType.COMPLAINT: "Ra quyết định giải quyết khiếu nại",
    PetitionType.DENUNCIATION: "Ra kết luận nội dung tố cáo",
    PetitionType.RECOMMENDATION: "Trả lời kiến nghị",
    PetitionType.FEEDBACK: "Trả lời phản ánh",
    PetitionType.MIXED: "Ra quyết định, kết luận, trả lời",
}

St, Ac = PetitionState, Action
# States in which the case is being settled (the settlement clock runs).
SETTLING = (St.ACCEPTED, St.VERIFYING, St.DIALOGUE)
# (state, action) -> next state. EXTEND keeps the state; RESUME goes back (see check_transition).
TRANSITIONS: dict[tuple[PetitionState, Action], PetitionState] = {
    (St.RECEIVED, Ac.CLASSIFY): St.CLASSIFIED,
    (St.CLASSIFIED, Ac.GUIDE): St.GUIDED,
    (St.CLASSIFIED, Ac.TRANSFER): St.TRANSFERRED,
    (St.CLASSIFIED, Ac.FILE_AWAY): St.FILED,
    (St.CLASSIFIED, Ac.ACCEPT): St.ACCEPTED,
    (St.ACCEPTED, Ac.VERIFY): St.VERIFYING,
    (St.ACCEPTED, Ac.DIALOGUE): St.DIALOGUE,
    (St.VERIFYING, Ac.DIALOGUE): St.DIALOGUE,
    **{(s, Ac.DECIDE): St.DECIDED for s in SETTLING},
    **{(s, Ac.EXTEND): s for s in SETTLING},
    **{(s, Ac.SUSPEND): St.SUSPENDED for s in SETTLING},
    (St.DECIDED, Ac.NOTIFY): St.NOTIFIED,
    (St.NOTIFIED, Ac.FOLLOW_UP): St.FOLLOWING_UP,
    **{
        (s, Ac.CLOSE): St.CLOSED
        for s in (St.GUIDED, St.TRANSFERRED, St.FILED, St.NOTIFIED, St.FOLLOWING_UP, St.WITHDRAWN)
    },
    **{
        (s, Ac.WITHDRAW): St.WITHDRAWN
        for s in (St.RECEIVED, St.CLASSIFIED, *SETTLING, St.SUSPENDED)
    },
    # RESUME's target is the state before the suspension, given by the caller.
    (St.SUSPENDED, Ac.RESUME): St.SUSPENDED,
}

# Where only some kinds of petition may go (DOMAIN §4; the laws named in the messages).
_ONLY_FOR: dict[Action, tuple[frozenset[PetitionType], str]] = {
    Ac.DIALOGUE: (
        frozenset({PetitionType.COMPLAINT, PetitionType.MIXED}),
        "Chỉ tổ chức đối thoại khi giải quyết khiếu nại (Luật Khiếu nại 2011, Điều 30 và 39); "
        "đơn {type} không có bước đối thoại.",
    ),
    Ac.EXTEND: (
        frozenset({PetitionType.DENUNCIATION, PetitionType.MIXED}),
        "Chỉ gia hạn giải quyết tố cáo (Luật Tố cáo 2018, Điều 30); đơn {type} không được gia "
        "hạn — khiếu nại phức tạp hoặc ở vùng sâu, vùng xa đã có thời hạn dài hơn.",
    ),
}

_NEEDS_REASON = {
    Ac.EXTEND: "Gia hạn giải quyết phải ghi rõ lý do.",
    Ac.SUSPEND: "Tạm đình chỉ phải ghi rõ lý do.",
}


def _refusal(current: PetitionState, action: Action, petition_type: PetitionType) -> str:
    """Why `action` cannot be taken now, in the words an officer would use."""
    name = action.label_for(petition_type)
    if current is St.CLOSED:
        return f"Hồ sơ đã kết thúc; không thể “{name}”."
    if current is St.SUSPENDED:
        return f"Đơn đang tạm đình chỉ: hãy “Tiếp tục giải quyết” trước khi “{name}”."
    if action in (Ac.DECIDE, Ac.VERIFY, Ac.DIALOGUE, Ac.EXTEND, Ac.SUSPEND) and current in (
        St.RECEIVED,
        St.CLASSIFIED,
    ):
        return f"Đơn chưa được thụ lý: không thể “{name}” trước khi thụ lý."
    if action is Ac.ACCEPT and current is St.RECEIVED:
        return "Đơn chưa được phân loại: hãy phân loại đơn trước khi thụ lý."
    if action is Ac.CLOSE and current in SETTLING:
        return (
            "Đơn đang được giải quyết: chỉ kết thúc hồ sơ sau khi đã thông báo kết quả "
            "(hoặc khi công dân rút đơn)."
        )
    if action is Ac.CLOSE and current is St.DECIDED:
        return "Chưa thông báo kết quả cho công dân: hãy thông báo trước khi kết thúc hồ sơ."
    allowed = allowed_actions(current, petition_type)
    listed = ", ".join(f"“{a.label_for(petition_type)}”" for a in allowed) or "không có"
    return (
        f"Không thể “{name}” khi đơn đang ở trạng thái “{current.label}”. "
        f"Các bước được phép: {listed}."
    )


def allowed_actions(
    current: PetitionState | None, petition_type: PetitionType | str
) -> list[Action]:
    """Actions an officer may take now (for enabling buttons)."""
    if current is None:
        return [Ac.RECEIVE]
    ptype = PetitionType(petition_type)
    return [
        action
        for (state, action) in TRANSITIONS
        if state is current and (action not in _ONLY_FOR or ptype in _ONLY_FOR[action][0])
    ]


def check_transition(
    current: PetitionState | str | None,
    action: Action | str,
    *,
    petition_type: PetitionType | str,
    on: dt.date,
    previous_on: dt.date | None = None,
    received_on: dt.date | None = None,
    today: dt.date | None = None,
    reason: str | None = None,
    resume_to: PetitionState | str | None = None,
) -> PetitionState:
    """The state after `action` done on date `on`, or RuleViolation saying why it is refused.

    current: None for a petition not yet recorded (only "receive" is possible).
    previous_on: the date of the last recorded step; received_on: the receipt date;
    today: defaults to the real today (steps cannot be dated in the future).
    reason: required for extend and suspend. resume_to: for resume, the state the case was in
    when it was suspended.
    """
    ptype = PetitionType(petition_type)
    act = Action(action)
    state = PetitionState(current) if current is not None else None
    name = act.label_for(ptype)

    if state is None:
        if act is not Ac.RECEIVE:
            raise RuleViolation(f"Đơn chưa được tiếp nhận: không thể “{name}”.")
        target = St.RECEIVED
    else:
        if act is Ac.RECEIVE:
            raise RuleViolation("Đơn này đã được tiếp nhận rồi.")
        found = TRANSITIONS.get((state, act))
        if found is None:
            raise RuleViolation(_refusal(state, act, ptype))
        target = found
        if act in _ONLY_FOR and ptype not in _ONLY_FOR[act][0]:
            raise RuleViolation(_ONLY_FOR[act][1].format(type=ptype.label.lower()))
        if act in _NEEDS_REASON and not (reason or "").strip():
            raise RuleViolation(_NEEDS_REASON[act], "reason")
        if act is Ac.RESUME:
            back = PetitionState(resume_to) if resume_to is not None else None
            if back not in SETTLING:
                raise RuleViolation(
                    "Không xác định được bước đang giải quyết trước khi tạm đình chỉ "
                    "(thụ lý, xác minh hoặc đối thoại)."
                )
            target = back

    if on > (today or dt.date.today()):
        raise RuleViolation(
            f"Ngày “{name}” ({fmt_date(on)}) không thể là ngày trong tương lai.", "on"
        )
    if received_on is not None and on < received_on:
        raise RuleViolation(
            f"Ngày “{name}” ({fmt_date(on)}) không thể trước ngày tiếp nhận đơn "
            f"({fmt_date(received_on)}).",
            "on",
        )
    if previous_on is not None and on < previous_on:
        raise RuleViolation(
            f"Ngày “{name}” ({fmt_date(on)}) không thể trước ngày của bước trước "
            f"({fmt_date(previous_on)}).",
            "on",
        )
    return target


# --- duplicates ---


@dataclass(frozen=True, slots=True)
class PetitionKey:
    """What tells two petitions apart: who sent it, from where, about what.

    ref: the caller's id for the petition (returned by likely_duplicates, never compared).
    """

    name: str = ""
    id_number: str = ""
    address: str = ""
    content: str = ""
    ref: str | None = None


@dataclass(frozen=True, slots=True)
class _Folded:
    name: str
    id_number: str
    address: str
    content: str


def _folded(key: PetitionKey) -> _Folded:
    digits = "".join(ch for ch in key.id_number if ch.isalnum()).upper()
    return _Folded(fold(key.name), digits, fold(key.address), fold(key.content))


# Weights of each part; a part missing on either side drops out and the rest are rescaled.
_WEIGHTS = {"name": 0.25, "id_number": 0.25, "address": 0.15, "content": 0.35}
# rapidfuzz ratios of unrelated Vietnamese texts are far from 0 (shared "văn", "thị", "xã",
# "đề nghị"…): ratios at or below these floors count as no likeness at all.
_FLOORS = {"name": 60, "address": 40, "content": 40}


def _rescale(ratio: float, floor: float) -> float:
    return max(0.0, (ratio - floor) / (100 - floor))


def _score_folded(a: _Folded, b: _Folded) -> float:
    parts: dict[str, float] = {}
    if a.name and b.name:
        parts["name"] = _rescale(fuzz.token_sort_ratio(a.name, b.name), _FLOORS["name"])
    if a.id_number and b.id_number:
        # An ID number is exact or it is another person; one mistyped digit still counts a bit.
        parts["id_number"] = (
            1.0
            if a.id_number == b.id_number
            else (0.5 if fuzz.ratio(a.id_number, b.id_number) >= 90 else 0.0)
        )
    if a.address and b.address:
        parts["address"] = _rescale(fuzz.token_set_ratio(a.address, b.address), _FLOORS["address"])
    if a.content and b.content:
        # token_set_ratio forgives a resubmission that copies the old text and adds to it, but
        # alone it rates any short subset 100; token_sort_ratio balances that.
        ratio = (
            fuzz.token_set_ratio(a.content, b.content) + fuzz.token_sort_ratio(a.content, b.content)
        ) / 2
        parts["content"] = _rescale(ratio, _FLOORS["content"])
    if not parts:
        return 0.0
    total = sum(_WEIGHTS[k] for k in parts)
    score = sum(_WEIGHTS[k] * v for k, v in parts.items()) / total
    # A duplicate is the same matter from the same person: either clearly differing caps it.
    if parts.get("id_number") == 0.0:
        score = min(score, 0.5)
    if "name" in parts and parts["name"] < 0.5:
        score = min(score, 0.6)
    if "content" in parts:
        score = min(score, parts["content"] + 0.25)
    return round(score, 4)


def duplicate_score(a: PetitionKey, b: PetitionKey) -> float:
    """0..1: how likely two petitions are the same matter from the same person.

    Diacritic- and case-insensitive (text.fold) and tolerant of typos and word order
    (rapidfuzz). Parts missing on either side are left out rather than counted as different.
    """
    return _score_folded(_folded(a), _folded(b))


def likely_duplicates(
    candidate: PetitionKey, others: Iterable[PetitionKey], threshold: float = 0.8
) -> list[tuple[PetitionKey, float]]:
    """The petitions in `others` scoring at least `threshold` against `candidate`, best first."""
    mine = _folded(candidate)
    scored = [(other, _score_folded(mine, _folded(other))) for other in others]
    hits = [(other, score) for other, score in scored if score >= threshold]
    hits.sort(key=lambda pair: pair[1], reverse=True)
    return hits
