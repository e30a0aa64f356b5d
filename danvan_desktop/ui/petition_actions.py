"""Actions of the petition dialog: saving with the duplicate check, revealing a protected
identity, handling steps, linking repeats and closing with unsaved changes.
"""

from __future__ import annotations

from danvan_desktop.domain.petitions import Action
from danvan_desktop.services import petitions
from danvan_desktop.ui.i18n import translate
from danvan_desktop.ui.kit.ops import call
from danvan_desktop.ui.petition_steps import DuplicatesDialog, StepDialog


class PetitionActions:
    """What the petition dialog does (mixed into PetitionDialog, which holds the widgets): save,
    reveal the protected identity, take a handling step, link and unlink repeats, close."""

    def choose_duplicate(self, hits: list[petitions.DuplicateHit]) -> tuple[bool, str | None]:
        """Ask what to do with likely repeats: (go on?, id to link to or None). Tests replace it."""
        dialog = DuplicatesDialog(hits, self)
        if not dialog.exec():
            return False, None
        return True, dialog.chosen_id()

    def check(self) -> dict[str, str]:
        errors = super().check()
        d = self.detail
        hidden = d is not None and d.identity_hidden and self.identity is None
        cid = self.citizen_id.text().strip()
        if not hidden and cid and not (cid.isdigit() and len(cid) in (9, 12)):
            errors["citizen_id_no"] = translate(
                "petition_actions", "Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số."
            )
        return errors

    def save(self) -> None:
        if not self.checked():
            return
        data = self.form_input()
        if self.petition_id is None:
            hits = call(self, petitions.find_duplicates, self.ctx, data)
            if hits is None:
                return
            duplicate_of = None
            if hits is not True and hits:
                go_on, duplicate_of = self.choose_duplicate(hits)
                if not go_on:
                    return
            new_id = call(
                self,
                petitions.register_petition,
                self.ctx,
                data,
                duplicate_of=duplicate_of,
                today=self.today,
            )
            if not new_id:
                return
            self.petition_id = new_id
        else:
            if not call(
                self,
                petitions.update_petition,
                self.ctx,
                self.petition_id,
                data,
                self.detail.revision,
                today=self.today,
            ):
                return
        self.saved = True
        self.load()
        self.header.setText(
            self.header.text()
            + translate("petition_actions", "<br><span style='color:#1b5e20'>Đã lưu.</span>")
        )

    def reveal(self) -> None:
        ident = call(self, petitions.reveal_identity, self.ctx, self.petition_id)
        if ident:
            self.identity = ident
            self._show_identity(ident)

    def _show_identity(self, ident: petitions.Identity) -> None:
        self.citizen_name.setText(ident.name)
        self.citizen_id.setText(ident.id_no)
        self.citizen_address.setText(ident.address)
        self.citizen_phone.setText(ident.phone)
        self._set_identity_editable(True)
        self.reveal_button.hide()

    def do_step(self, action: Action, dialog: StepDialog | None = None) -> bool:
        """Record a step through its own form, which saves it (a refusal stays in that form)."""
        if self.detail is None:
            return False

        def save(v: dict) -> None:
            petitions.take_step(
                self.ctx,
                self.petition_id,
                action,
                v["step_date"],
                note=v["step_note"],
                actor=v["step_actor"],
                reason=v["step_note"],
                outcome=v.get("step_outcome", ""),
                transferred_to=v.get("step_transferred_to", ""),
                today=self.today,
            )

        dialog = dialog or StepDialog(action, self.detail.type, self, today=self.today, save=save)
        if not dialog.exec():
            return False
        self.saved = True
        self.load()
        return True

    def link_existing(self) -> None:
        data = self.form_input()
        hits = call(
            self,
            petitions.find_duplicates,
            self.ctx,
            data,
            exclude_id=self.petition_id,
            threshold=0.6,
            limit=10,
        )
        if hits is None:
            return
        if hits is True or not hits:
            self.error.show_error(
                translate("petition_actions", "Không tìm thấy đơn nào giống đơn này.")
            )
            return
        go_on, other = self.choose_duplicate(hits)
        if (
            go_on
            and other
            and call(self, petitions.link_duplicate, self.ctx, self.petition_id, other)
        ):
            self.saved = True
            self.load()

    def unlink_selected(self) -> None:
        row = self.links.currentRow()
        if row < 0 or self.detail is None:
            return
        link = self.detail.links[row]
        if link["direction"] == "earlier" and call(
            self, petitions.unlink_duplicate, self.ctx, self.petition_id, link["id"]
        ):
            self.load()

    def reject(self) -> None:
        if self.saved:
            self.accept()
        else:
            super().reject()
