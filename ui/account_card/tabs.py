"""The card's record tabs: the buying committee, activities, opportunities, joint projects."""

from __future__ import annotations

from typing import Any

from core.accounts import workspace as ws
from ui.account_card.records import Field, RecordsTab


class ContactsTab(RecordsTab):
    kind = "contact"

    def make_fields(self) -> tuple[list[Field], str]:
        roles = [
            (None, "—"),
            ("economic", self.tr("economic buyer")),
            ("technical", self.tr("technical buyer")),
            ("user", self.tr("user")),
            ("coach", self.tr("coach")),
        ]
        fields = [
            Field("name", self.tr("Name"), required=True),
            Field("position", self.tr("Position")),
            Field("department", self.tr("Department")),
            Field("buying_role", self.tr("Buying role"), "choice", roles),
            Field("is_decision_maker", self.tr("Decision maker (ЛПР)"), "bool"),
            Field("is_influencer", self.tr("Influencer (ЛВР)"), "bool"),
            Field("phone", self.tr("Phone")),
            Field("email", self.tr("E-mail")),
        ]
        return fields, self.tr("contact")

    def after_reload(self) -> None:
        hints = ws.committee_hints(self.records)
        texts = []
        if "no_decision_maker" in hints:
            texts.append(self.tr("No decision maker (ЛПР) in the buying committee yet."))
        if "small_committee" in hints:
            texts.append(
                self.tr(
                    "The committee has %1 people; a B2B purchase involves 5.4 on average: "
                    "who else decides or influences?"
                ).replace("%1", str(len(self.records)))
            )
        self.hint.setText("  ".join(texts))
        self.hint.setVisible(bool(texts))


class ActivitiesTab(RecordsTab):
    kind = "activity"

    def make_fields(self) -> tuple[list[Field], str]:
        types = [
            ("visit", self.tr("visit")),
            ("call", self.tr("call")),
            ("meeting", self.tr("meeting")),
            ("seminar", self.tr("seminar")),
            ("email", self.tr("e-mail")),
            ("other", self.tr("other")),
        ]
        self.contact_field = Field("contact_id", self.tr("Contact"), "choice", [])
        fields = [
            Field("date", self.tr("Date"), "date", required=True),
            Field("type", self.tr("Type"), "choice", types),
            self.contact_field,
            Field("summary", self.tr("Summary"), "long"),
            Field("next_step", self.tr("Next step")),
            Field("next_step_date", self.tr("Next step by"), "optdate"),
        ]
        return fields, self.tr("activity")

    def watched(self) -> set[str]:
        return {ws.RECORD_CHANGES["activity"], ws.RECORD_CHANGES["contact"]}

    def reload(self) -> None:
        """The contacts (the choices of "Contact"), then the activities."""
        self.ops.submit(
            ws.list_records,
            "contact",
            self.account_id,
            key=("records", "contact-choices", self.account_id),
            done=self._contacts_read,
            owner=self,
        )
        super().reload()

    def _contacts_read(self, contacts: list[dict[str, Any]]) -> None:
        self.contact_field.choices = [(None, "—")] + [
            (c["id"], c["name"] + (" (ЛПР)" if c["is_decision_maker"] else "")) for c in contacts
        ]


class OpportunitiesTab(RecordsTab):
    kind = "opportunity"

    def make_fields(self) -> tuple[list[Field], str]:
        stages = [
            ("qualification", self.tr("qualification (BANT)")),
            ("needs", self.tr("needs (SPIN)")),
            ("solution", self.tr("solution (TCO)")),
            ("proposal", self.tr("proposal (ABCD)")),
            ("negotiation", self.tr("negotiation")),
            ("won", self.tr("won")),
            ("lost", self.tr("lost")),
        ]
        fields = [
            Field("title", self.tr("Title"), required=True),
            Field("stage", self.tr("Stage"), "choice", stages),
            Field("amount_kop", self.tr("Amount, ₽"), "money"),
            Field("probability", self.tr("Probability"), "percent"),
            Field("expected_close", self.tr("Expected close"), "optdate"),
            Field("closed_on", self.tr("Closed on"), "optdate"),
            Field("close_reason", self.tr("Won / lost because"), "long"),
        ]
        return fields, self.tr("opportunity")


class ProjectsTab(RecordsTab):
    kind = "joint_project"

    def make_fields(self) -> tuple[list[Field], str]:
        fields = [
            Field("name", self.tr("Project"), required=True),
            Field("status", self.tr("Status")),
            Field("start_date", self.tr("Start"), "optdate"),
            Field("end_date", self.tr("End"), "optdate"),
            Field("result", self.tr("Result"), "long"),
        ]
        return fields, self.tr("joint project")
