"""Tables of dissemination and grassroots democracy (issue 11; seed 000 §3–4; Luật Thực hiện
dân chủ ở cơ sở 10/2022/QH15, Nghị định 61/2023/NĐ-CP on village charters).

Every record here is the commune's own (OWNER): it writes them and they go up in data bundles,
so the upper level counts each commune's dissemination, publicity and decided matters. Totals
and results derived at save time (`total`, `passed`, search keys) are stored for SQL counting
and listed in __unaudited__ where they merely follow from audited fields.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from danvan_desktop.domain import authority
from danvan_desktop.store.base import Record


class DisseminationEvent(Record):
    """A conference, training, broadcast, article or post that disseminated a document or a
    policy (quán triệt, tuyên truyền), with its participants by group."""

    __tablename__ = "democracy_event"
    __authority__ = authority.OWNER
    __entity__ = "democracy_events"
    __label__ = "Hoạt động quán triệt, tuyên truyền"
    __unaudited__ = ("total", "search_text")

    kind: Mapped[str] = mapped_column(String(32), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(500))
    content: Mapped[str] = mapped_column(Text, default="")
    #: the document disseminated ("Chỉ thị số 08-CT/TU ngày 18/3/2026 …"), free text
    document: Mapped[str] = mapped_column(String(500), default="")
    place: Mapped[str] = mapped_column(String(255), default="")
    cadres: Mapped[int] = mapped_column(Integer, default=0)  # cán bộ, công chức
    party_members: Mapped[int] = mapped_column(Integer, default=0)  # đảng viên
    union_members: Mapped[int] = mapped_column(Integer, default=0)  # đoàn viên, hội viên
    citizens: Mapped[int] = mapped_column(Integer, default=0)  # Nhân dân
    #: derived at save: the four groups added up
    total: Mapped[int] = mapped_column(Integer, default=0)
    #: articles, broadcasts, posts or panels (media kinds)
    items: Mapped[int] = mapped_column(Integer, default=0)
    link: Mapped[str] = mapped_column(String(500), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class PublicityItem(Record):
    """Something the commune made public to citizens (công khai): what, how, where, from and
    until when."""

    __tablename__ = "democracy_publicity"
    __authority__ = authority.OWNER
    __entity__ = "democracy_publicity"
    __label__ = "Nội dung công khai"
    __unaudited__ = ("search_text",)

    content: Mapped[str] = mapped_column(String(500))
    category: Mapped[str] = mapped_column(String(32), index=True)
    form: Mapped[str] = mapped_column(String(32))
    place: Mapped[str] = mapped_column(String(255), default="")
    posted_from: Mapped[dt.date] = mapped_column(Date, index=True)
    #: None: still posted, no end set
    posted_until: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    @property
    def held_on(self) -> dt.date:
        """The day it went up: how scoring's drill-down dates a record."""
        return self.posted_from


class DemocracyMatter(Record):
    """A matter the people of a hamlet discussed and decided directly, or voted on for the
    competent authority to decide (Nhân dân bàn và quyết định; bàn, biểu quyết)."""

    __tablename__ = "democracy_matter"
    __authority__ = authority.OWNER
    __parents__ = {"hamlet_code": authority.UNIT_CODE}
    __entity__ = "democracy_matters"
    __label__ = "Nội dung Nhân dân bàn và quyết định"
    __unaudited__ = ("passed", "search_text")

    matter: Mapped[str] = mapped_column(String(500))
    #: decide (Nhân dân bàn và quyết định trực tiếp), vote (bàn, biểu quyết)
    decision_kind: Mapped[str] = mapped_column(String(16), default="decide")
    hamlet_code: Mapped[str | None] = mapped_column(String(32), index=True)
    hamlet_name: Mapped[str] = mapped_column(String(255), default="")
    meeting_on: Mapped[dt.date] = mapped_column(Date, index=True)
    form: Mapped[str] = mapped_column(String(32), default="meeting")
    households_total: Mapped[int] = mapped_column(Integer, default=0)
    households_attending: Mapped[int] = mapped_column(Integer, default=0)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    #: derived at save from the rule (more than half of the hamlet's households agree)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    @property
    def held_on(self) -> dt.date:
        """The meeting's day: how scoring's drill-down dates a record."""
        return self.meeting_on

    @property
    def title(self) -> str:
        """The matter and its hamlet: how scoring's drill-down names a record."""
        return f"{self.matter} ({self.hamlet_name})" if self.hamlet_name else self.matter


class VillageCharter(Record):
    """A hamlet's village charter (hương ước, quy ước) as first adopted and approved."""

    __tablename__ = "democracy_charter"
    __authority__ = authority.OWNER
    __parents__ = {"hamlet_code": authority.UNIT_CODE}
    __entity__ = "democracy_charters"
    __label__ = "Hương ước, quy ước"
    __unaudited__ = ("search_text",)

    hamlet_code: Mapped[str | None] = mapped_column(String(32), index=True)
    hamlet_name: Mapped[str] = mapped_column(String(255), default="")
    kind: Mapped[str] = mapped_column(String(16), default="huong_uoc")
    title: Mapped[str] = mapped_column(String(500))
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    decision_no: Mapped[str] = mapped_column(String(64), default="")
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


class CharterRevision(Record):
    """One revision of a charter: when, what changed, and its approval."""

    __tablename__ = "democracy_charter_revision"
    __authority__ = authority.OWNER
    __parents__ = {"charter_id": "democracy_charters"}
    __entity__ = "democracy_charter_revisions"
    __label__ = "Sửa đổi, bổ sung hương ước, quy ước"

    charter_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("democracy_charter.id"), index=True
    )
    revised_on: Mapped[dt.date] = mapped_column(Date)
    changes: Mapped[str] = mapped_column(Text, default="")
    decision_no: Mapped[str] = mapped_column(String(64), default="")
    decision_on: Mapped[dt.date | None] = mapped_column(Date)
