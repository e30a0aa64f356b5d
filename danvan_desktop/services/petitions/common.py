"""What the petition register's modules share: the fields and states it uses, and the plain
dataclasses handed to screens and exports (identity already hidden where protected)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from danvan_desktop.domain.deadlines import DeadlineStatus
from danvan_desktop.domain.petitions import Action, PetitionState, PetitionType
from danvan_desktop.domain.text import nfc
from danvan_desktop.store.petitions import Petition

St = PetitionState
#: Fields of petitions (lĩnh vực); the register accepts others typed by the officer.
FIELDS = (
    "Đất đai",
    "Môi trường",
    "Xây dựng, trật tự đô thị",
    "Chế độ, chính sách",
    "Tài chính, ngân sách",
    "Cán bộ, công chức",
    "An ninh, trật tự",
    "Giáo dục, y tế",
    "Khác",
)
COMPLEXITY = {
    "normal": "Bình thường",
    "complex": "Phức tạp",
    "especially_complex": "Đặc biệt phức tạp",
}
#: Not yet handled or settled: these rank as "open" (longest open, hot spots of open cases).
OPEN_STATES = {St.RECEIVED, St.CLASSIFIED, St.ACCEPTED, St.VERIFYING, St.DIALOGUE, St.SUSPENDED}
#: Actions that complete the step whose deadline is pending (lateness is judged on them).
COMPLETING = {Action.ACCEPT, Action.GUIDE, Action.TRANSFER, Action.FILE_AWAY, Action.DECIDE}
RESOLVING = {Action.GUIDE, Action.TRANSFER, Action.FILE_AWAY, Action.DECIDE}
PROTECTED_TYPES = {PetitionType.DENUNCIATION, PetitionType.MIXED}
DEFAULT_WARN_DAYS = 3
HIDDEN = "(được bảo mật)"
#: Beyond this many full-text hits, a list page is found faster by walking the date index
#: (with other filters too, beyond the second figure).
FTS_DENSE = 20000
FTS_DENSE_FILTERED = 50000
#: The list screen's count stops here when it would have to scan (shown as "more than …").
COUNT_CAP = 1000


# ---- data handed to the UI -------------------------------------------------------------


@dataclass
class PetitionInput:
    """What the registration form holds (every column of the sổ theo dõi đơn thư)."""

    received_on: dt.date
    channel: str
    type: str
    summary: str
    field: str = ""
    hamlet_code: str | None = None
    citizen_name: str = ""
    citizen_id_no: str = ""
    citizen_address: str = ""
    citizen_phone: str = ""
    identity_protected: bool | None = None  # None: protected for denunciations (and mixed)
    people_count: int = 1
    is_crowd: bool = False
    complexity: str = "normal"
    remote_area: bool = False
    multi_site: bool = False
    complaint_round: int = 1
    handler: str = ""
    from_agency: str = ""
    reception_session_id: str | None = None


@dataclass(frozen=True)
class PetitionRow:
    """One line of the register list (identity already hidden when protected)."""

    id: str
    number_label: str
    received_on: dt.date
    type: str
    channel: str
    field: str
    hamlet_name: str
    summary: str
    citizen: str
    status: str
    due_on: dt.date | None
    last_due_on: dt.date | None
    deadline: str  # a DeadlineStatus value, or "" when no deadline applies
    is_crowd: bool
    handler: str
    duplicate_of_id: str | None
    resolved_on: dt.date | None
    on_time: bool | None

    @property
    def type_label(self) -> str:
        return PetitionType(self.type).label

    @property
    def status_label(self) -> str:
        return PetitionState(self.status).label

    @property
    def deadline_label(self) -> str:
        return DeadlineStatus(self.deadline).label if self.deadline else ""


@dataclass
class PetitionDetail(PetitionInput):
    id: str = ""
    year: int = 0
    number: int = 0
    number_label: str = ""
    status: str = St.RECEIVED.value
    revision: int = 0
    unit_code: str = ""
    hamlet_name: str = ""
    accepted_on: dt.date | None = None
    due_on: dt.date | None = None
    due_step: str = ""
    due_explanation: str = ""
    warn_on: dt.date | None = None
    last_due_on: dt.date | None = None
    rule_version: str = ""
    extensions: int = 0
    resolved_on: dt.date | None = None
    closed_on: dt.date | None = None
    on_time: bool | None = None
    outcome: str = ""
    transferred_to: str = ""
    duplicate_of_id: str | None = None
    deadline: str = ""
    identity_hidden: bool = False
    allowed: list[str] = field(default_factory=list)
    steps: list[dict] = field(default_factory=list)
    extension_list: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Identity:
    name: str
    id_no: str
    address: str
    phone: str


@dataclass(frozen=True)
class DuplicateHit:
    id: str
    number_label: str
    received_on: dt.date
    summary: str
    citizen: str
    status: str
    score: float


def number_label(number: int, year: int) -> str:
    return f"{number:03d}/{year}"


def id_digits(raw: str) -> str:
    """A citizen's ID number as stored: letters and digits only, upper case."""
    return "".join(ch for ch in nfc(raw) if ch.isalnum()).upper()


def shown_name(p: Petition) -> str:
    # Lists never show a protected identity, whoever looks: revealing is a separate, audited act.
    return HIDDEN if p.identity_protected and p.citizen_name else p.citizen_name


#: How the records core names a petition in its messages ("Không tìm thấy đơn…").
WHAT = OWNER = "đơn"
