"""Petition workflow (check_transition) and the fuzzy duplicate scorer."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from danvan_desktop.domain.errors import RuleViolation
from danvan_desktop.domain.petitions import (
    Action,
    Channel,
    PetitionKey,
    PetitionState,
    PetitionType,
    allowed_actions,
    check_transition,
    duplicate_score,
    likely_duplicates,
)

D = dt.date
TODAY = D(2026, 6, 30)
S, A = PetitionState, Action


def _walk(ptype: str, steps: list[tuple[Action, dt.date, dict]]) -> list[PetitionState]:
    state, previous, received, seen = None, None, None, []
    for action, on, extra in steps:
        state = check_transition(
            state,
            action,
            petition_type=ptype,
            on=on,
            previous_on=previous,
            received_on=received,
            today=TODAY,
            **extra,
        )
        previous, received = on, received or on
        seen.append(state)
    return seen


def test_complaint_full_path() -> None:
    states = _walk(
        "complaint",
        [
            (A.RECEIVE, D(2026, 3, 2), {}),
            (A.CLASSIFY, D(2026, 3, 3), {}),
            (A.ACCEPT, D(2026, 3, 9), {}),
            (A.VERIFY, D(2026, 3, 10), {}),
            (A.DIALOGUE, D(2026, 3, 20), {}),
            (A.DECIDE, D(2026, 3, 30), {}),
            (A.NOTIFY, D(2026, 3, 31), {}),
            (A.FOLLOW_UP, D(2026, 4, 10), {}),
            (A.CLOSE, D(2026, 5, 4), {}),
        ],
    )
    assert states == [
        S.RECEIVED,
        S.CLASSIFIED,
        S.ACCEPTED,
        S.VERIFYING,
        S.DIALOGUE,
        S.DECIDED,
        S.NOTIFIED,
        S.FOLLOWING_UP,
        S.CLOSED,
    ]


def test_denunciation_with_extension_suspension_and_resume() -> None:
    states = _walk(
        "denunciation",
        [
            (A.RECEIVE, D(2026, 3, 2), {}),
            (A.CLASSIFY, D(2026, 3, 2), {}),  # same day as the previous step is fine
            (A.ACCEPT, D(2026, 3, 11), {}),
            (A.VERIFY, D(2026, 3, 12), {}),
            (A.EXTEND, D(2026, 4, 8), {"reason": "Vụ việc phức tạp, phải xác minh tại nhiều nơi"}),
            (A.SUSPEND, D(2026, 4, 15), {"reason": "Chờ kết quả giám định"}),
            (A.RESUME, D(2026, 5, 4), {"resume_to": "verifying"}),
            (A.DECIDE, D(2026, 5, 20), {}),
            (A.NOTIFY, D(2026, 5, 22), {}),
            (A.CLOSE, D(2026, 5, 25), {}),
        ],
    )
    assert states[4] is S.VERIFYING  # extending keeps the state
    assert states[5:7] == [S.SUSPENDED, S.VERIFYING]
    assert states[-1] is S.CLOSED


@pytest.mark.parametrize(
    ("ptype", "action", "target"),
    [
        ("recommendation", A.GUIDE, S.GUIDED),
        ("feedback", A.TRANSFER, S.TRANSFERRED),
        ("mixed", A.FILE_AWAY, S.FILED),
    ],
)
def test_petitions_that_are_not_accepted_close_directly(ptype, action, target) -> None:
    states = _walk(
        ptype,
        [
            (A.RECEIVE, D(2026, 3, 2), {}),
            (A.CLASSIFY, D(2026, 3, 3), {}),
            (action, D(2026, 3, 4), {}),
            (A.CLOSE, D(2026, 3, 4), {}),
        ],
    )
    assert states[-2:] == [target, S.CLOSED]


def test_withdrawal_then_close() -> None:
    states = _walk(
        "complaint",
        [
            (A.RECEIVE, D(2026, 3, 2), {}),
            (A.CLASSIFY, D(2026, 3, 3), {}),
            (A.ACCEPT, D(2026, 3, 4), {}),
            (A.WITHDRAW, D(2026, 3, 9), {}),
            (A.CLOSE, D(2026, 3, 9), {}),
        ],
    )
    assert states[-2:] == [S.WITHDRAWN, S.CLOSED]


@pytest.mark.parametrize(
    ("current", "action", "ptype", "extra", "message"),
    [
        # decision before acceptance
        (S.CLASSIFIED, A.DECIDE, "complaint", {}, "chưa được thụ lý"),
        (S.RECEIVED, A.DECIDE, "denunciation", {}, "Ra kết luận nội dung tố cáo"),
        # closing before receipt
        (None, A.CLOSE, "complaint", {}, "Đơn chưa được tiếp nhận"),
        (S.RECEIVED, A.RECEIVE, "complaint", {}, "đã được tiếp nhận rồi"),
        # accepting before classifying
        (S.RECEIVED, A.ACCEPT, "complaint", {}, "phân loại đơn trước khi thụ lý"),
        # dialogue for a non-complaint
        (
            S.VERIFYING,
            A.DIALOGUE,
            "denunciation",
            {},
            "Chỉ tổ chức đối thoại khi giải quyết khiếu nại",
        ),
        (S.ACCEPTED, A.DIALOGUE, "feedback", {}, "đơn phản ánh không có bước đối thoại"),
        # extensions: denunciations only, always with a reason
        (S.VERIFYING, A.EXTEND, "complaint", {"reason": "x"}, "Chỉ gia hạn giải quyết tố cáo"),
        (S.VERIFYING, A.EXTEND, "denunciation", {"reason": "  "}, "phải ghi rõ lý do"),
        (S.ACCEPTED, A.SUSPEND, "denunciation", {}, "Tạm đình chỉ phải ghi rõ lý do"),
        (S.SUSPENDED, A.RESUME, "denunciation", {}, "trước khi tạm đình chỉ"),
        (S.SUSPENDED, A.DECIDE, "denunciation", {}, "hãy “Tiếp tục giải quyết”"),
        # closing at the wrong time
        (S.VERIFYING, A.CLOSE, "complaint", {}, "sau khi đã thông báo kết quả"),
        (S.DECIDED, A.CLOSE, "complaint", {}, "Chưa thông báo kết quả"),
        (S.CLOSED, A.VERIFY, "complaint", {}, "Hồ sơ đã kết thúc"),
        # anything else lists what is allowed
        (
            S.NOTIFIED,
            A.ACCEPT,
            "complaint",
            {},
            "Các bước được phép: “Theo dõi thực hiện”, “Kết thúc hồ sơ”",
        ),
    ],
)
def test_illegal_moves_are_refused_in_vietnamese(current, action, ptype, extra, message) -> None:
    with pytest.raises(RuleViolation, match=message):
        check_transition(
            current, action, petition_type=ptype, on=D(2026, 3, 10), today=TODAY, **extra
        )


def test_dates_must_follow_each_other_and_not_be_in_the_future() -> None:
    with pytest.raises(
        RuleViolation, match=r"\(05/03/2026\) không thể trước ngày của bước trước \(09/03/2026\)"
    ):
        check_transition(
            S.ACCEPTED,
            A.VERIFY,
            petition_type="complaint",
            on=D(2026, 3, 5),
            previous_on=D(2026, 3, 9),
            today=TODAY,
        )
    with pytest.raises(RuleViolation, match="không thể trước ngày tiếp nhận đơn"):
        check_transition(
            S.CLASSIFIED,
            A.ACCEPT,
            petition_type="complaint",
            on=D(2026, 3, 1),
            received_on=D(2026, 3, 2),
            today=TODAY,
        )
    with pytest.raises(RuleViolation, match="ngày trong tương lai") as err:
        check_transition(
            S.RECEIVED, A.CLASSIFY, petition_type="complaint", on=D(2026, 7, 1), today=TODAY
        )
    assert err.value.field == "on"


def test_allowed_actions_for_buttons() -> None:
    assert allowed_actions(None, "complaint") == [A.RECEIVE]
    assert set(allowed_actions(S.CLASSIFIED, "complaint")) == {
        A.GUIDE,
        A.TRANSFER,
        A.FILE_AWAY,
        A.ACCEPT,
        A.WITHDRAW,
    }
    assert A.DIALOGUE in allowed_actions(S.VERIFYING, "complaint")
    assert A.DIALOGUE not in allowed_actions(S.VERIFYING, "denunciation")
    assert A.EXTEND in allowed_actions(S.VERIFYING, "denunciation")
    assert A.EXTEND not in allowed_actions(S.VERIFYING, "complaint")
    assert allowed_actions(S.CLOSED, "complaint") == []


def test_labels_are_vietnamese_nfc() -> None:
    labels = [
        *(t.label for t in PetitionType),
        *(c.label for c in Channel),
        *(s.label for s in PetitionState),
        *(a.label for a in Action),
    ]
    assert all(label and unicodedata.is_normalized("NFC", label) for label in labels)
    assert PetitionType.DENUNCIATION.label == "Tố cáo"
    assert Action.DECIDE.label_for("complaint") == "Ra quyết định giải quyết khiếu nại"
    assert Action.DECIDE.label_for(PetitionType.DENUNCIATION) == "Ra kết luận nội dung tố cáo"


# --- duplicates ---

ORIGINAL = PetitionKey(
    name="Nguyễn Văn Đông",
    id_number="042 085 001 234",
    address="Thôn Trung Tiến, xã Cẩm Xuyên, Hà Tĩnh",
    content="Đề nghị giải quyết tranh chấp ranh giới đất với hộ ông Trần Văn Bình tại thửa 125",
    ref="p-1",
)


def test_same_petition_typed_without_diacritics_scores_high() -> None:
    again = PetitionKey(
        name="NGUYEN VAN DONG",
        id_number="042085001234",
        address="thon Trung Tien xa Cam Xuyen, Ha Tinh",
        content="De nghi giai quyet tranh chap ranh gioi dat voi ho ong Tran Van Binh, thua 125",
    )
    assert duplicate_score(ORIGINAL, again) >= 0.9
    assert duplicate_score(again, ORIGINAL) == duplicate_score(ORIGINAL, again)


def test_typos_and_missing_parts() -> None:
    typo = PetitionKey(
        name="Nguyễn Văn Dông",
        address="xã Cẩm Xuyên",
        content="Đề nghị giải quyết tranh chấp ranh giới đất với hộ ông Trần Văn Bình",
    )
    assert duplicate_score(ORIGINAL, typo) >= 0.8  # no ID number: it is left out, not held against
    assert duplicate_score(PetitionKey(), ORIGINAL) == 0.0


def test_another_person_with_the_same_matter_is_not_a_duplicate() -> None:
    neighbour = PetitionKey(
        name="Trần Văn Bình",
        id_number="042085009999",
        address=ORIGINAL.address,
        content=ORIGINAL.content,
    )
    assert duplicate_score(ORIGINAL, neighbour) <= 0.5
    # Without ID numbers the differing name still keeps a copied petition below 0.8.
    neighbour_no_id = PetitionKey(
        name="Trần Văn Bình", address=ORIGINAL.address, content=ORIGINAL.content
    )
    assert duplicate_score(ORIGINAL, neighbour_no_id) <= 0.6
    same_person_other_matter = PetitionKey(
        ORIGINAL.name,
        ORIGINAL.id_number,
        ORIGINAL.address,
        "Phản ánh đèn đường hỏng kéo dài ở thôn Trung Tiến",
    )
    assert duplicate_score(ORIGINAL, same_person_other_matter) < 0.5
    unrelated = PetitionKey(
        name="Lê Thị Hoa",
        address="Phường Nam Hồng Lĩnh",
        content="Phản ánh đèn đường hỏng kéo dài ở tổ dân phố 3",
    )
    assert duplicate_score(ORIGINAL, unrelated) < 0.5


def test_likely_duplicates_filters_and_sorts() -> None:
    close = PetitionKey(
        name="Nguyen Van Dong",
        id_number="042085001234",
        address="Cam Xuyen",
        content=ORIGINAL.content,
        ref="p-2",
    )
    closer = PetitionKey(
        ORIGINAL.name, ORIGINAL.id_number, ORIGINAL.address, ORIGINAL.content, "p-3"
    )
    far = PetitionKey(name="Lê Thị Hoa", content="Đèn đường hỏng", ref="p-4")
    hits = likely_duplicates(ORIGINAL, [far, close, closer], threshold=0.8)
    assert [key.ref for key, _ in hits] == ["p-3", "p-2"]
    assert hits[0][1] == 1.0 and hits[1][1] < 1.0
    assert likely_duplicates(ORIGINAL, [far], threshold=0.8) == []
