"""The window's one message table: what ``core`` says (a code with its values, see
``core/messages.py``) and what went wrong with the database (``core.problems``), in the
user's language, with the values in the user's number and date format.

Nothing here reads ``core``'s English: a sentence is found by its code. A code this
table does not know is shown in English, as the command line shows it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from core.messages import Text, of
from core.problems import Problem, problem
from ui import formatting


def _importer() -> dict[str, str]:
    return {
        "formula_error": QCoreApplication.translate(
            "ImportMessages", "the cell holds the formula error %1"
        ),
        "not_number": QCoreApplication.translate("ImportMessages", "«%1» is not a number"),
        "not_finite": QCoreApplication.translate(
            "ImportMessages", "the cell holds no finite number"
        ),
        "not_whole": QCoreApplication.translate("ImportMessages", "«%1» is not a whole number"),
        "not_share": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a share between 0 and 100%"
        ),
        "not_real_date": QCoreApplication.translate("ImportMessages", "«%1» is not a real date"),
        "not_date_format": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a date (expected dd.mm.yyyy or yyyy-mm-dd)"
        ),
        "not_date": QCoreApplication.translate("ImportMessages", "«%1» is not a date"),
        "phantom_1900": QCoreApplication.translate(
            "ImportMessages",
            "%1 is before 1 March 1900, where Excel's calendar counts a 29 February 1900 "
            "that never was: check the date",
        ),
        "not_month": QCoreApplication.translate("ImportMessages", "«%1» is not a month"),
        "not_inn": QCoreApplication.translate(
            "ImportMessages", "«%1» is not an INN (10 or 12 digits)"
        ),
        "inn_checksum": QCoreApplication.translate("ImportMessages", "INN %1 fails its checksum"),
        "not_kpp": QCoreApplication.translate("ImportMessages", "«%1» is not a KPP (9 characters)"),
        "not_market": QCoreApplication.translate(
            "ImportMessages", "«%1» is not one of the 12 markets"
        ),
        "not_size": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a business size (large, medium, small)"
        ),
        "not_status": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a status (client or prospect)"
        ),
        "not_lead_source": QCoreApplication.translate(
            "ImportMessages",
            "«%1» is not a lead source (search, event, referral, website, email, cold call, "
            "partner, other)",
        ),
        "not_buying_role": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a buying role (economic, technical, user, coach)"
        ),
        "not_yes_no": QCoreApplication.translate("ImportMessages", "«%1» is neither yes nor no"),
        "not_nps": QCoreApplication.translate(
            "ImportMessages", "«%1» is not an NPS score from 0 to 10"
        ),
        "not_rating": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a rating from 1 to 5"
        ),
        "text_too_long": QCoreApplication.translate(
            "ImportMessages", "the text is %1 characters long; this field holds at most %2"
        ),
        "no_client": QCoreApplication.translate("ImportMessages", "no client: %1 empty"),
        "empty": QCoreApplication.translate("ImportMessages", "empty: %1"),
        "same_client": QCoreApplication.translate(
            "ImportMessages", "the same client as row %1 with other values; row %1 was kept"
        ),
        "same_record": QCoreApplication.translate(
            "ImportMessages", "the same record as row %1; it was kept"
        ),
        "open_quote": QCoreApplication.translate(
            "ImportMessages",
            "a quote opened on line %1 is not closed, so lines %1–%2 were read as one cell; "
            "close the quote in the file",
        ),
        "no_file": QCoreApplication.translate("ImportMessages", "The file %1 does not exist."),
        "folder": QCoreApplication.translate("ImportMessages", "%1 is a folder, not a file."),
        "not_regular": QCoreApplication.translate(
            "ImportMessages", "%1 is not a regular file (a pipe or a device), so it was not read."
        ),
        "cannot_open": QCoreApplication.translate(
            "ImportMessages", "The file cannot be opened: %1."
        ),
        "empty_file": QCoreApplication.translate("ImportMessages", "The file is empty."),
        "empty_sheets": QCoreApplication.translate(
            "ImportMessages", "The file is empty: no sheet holds any data."
        ),
        "not_spreadsheet_suffix": QCoreApplication.translate(
            "ImportMessages", "The file is not a spreadsheet, although its name ends in %1."
        ),
        "neither": QCoreApplication.translate(
            "ImportMessages", "The file is neither a spreadsheet nor a text table (CSV)."
        ),
        "incomplete": QCoreApplication.translate(
            "ImportMessages",
            "The file is damaged or incomplete (it may not have finished downloading).",
        ),
        "damaged": QCoreApplication.translate(
            "ImportMessages", "The file is damaged and cannot be read (%1)."
        ),
        "structure": QCoreApplication.translate(
            "ImportMessages", "The workbook's structure cannot be read (%1)."
        ),
        "password": QCoreApplication.translate(
            "ImportMessages",
            "The file is protected by a password; open it in Excel, remove the password "
            "(File → Info → Protect Workbook) and save it again.",
        ),
        "xml_entities": QCoreApplication.translate(
            "ImportMessages",
            "The file contains XML entity declarations, which spreadsheets never need; "
            "it was refused as unsafe.",
        ),
        "xml_no_content": QCoreApplication.translate(
            "ImportMessages", "The file's XML has no content where it should begin."
        ),
        "part_too_big": QCoreApplication.translate(
            "ImportMessages",
            "Part %1 of the file would inflate to %2 bytes; it was refused as unsafe.",
        ),
        "zip_bomb": QCoreApplication.translate(
            "ImportMessages",
            "Part %1 of the file is compressed far more than real spreadsheets are; "
            "it was refused as a possible zip bomb.",
        ),
        "sheet_rows_over_excel": QCoreApplication.translate(
            "ImportMessages", "Sheet «%1» is larger than Excel itself allows; it was not read."
        ),
        "sheet_past_limits": QCoreApplication.translate(
            "ImportMessages", "Sheet «%1» is larger than Excel itself allows; it was not read."
        ),
        "sheet_declares_rows": QCoreApplication.translate(
            "ImportMessages",
            "A sheet declares %1 rows, more than Excel itself allows (%2); it was not read.",
        ),
        "text_rows_over_excel": QCoreApplication.translate(
            "ImportMessages", "The file has more than %1 rows, more than Excel itself allows."
        ),
        "line_too_wide": QCoreApplication.translate(
            "ImportMessages",
            "Line %1 has more than %2 columns, more than Excel itself allows; "
            "the file was not read.",
        ),
        "sheet_too_large": QCoreApplication.translate(
            "ImportMessages", "Sheet «%1» is too large to import."
        ),
        "sheet_too_large_grid": QCoreApplication.translate(
            "ImportMessages", "Sheet «%1» is too large to import."
        ),
        "text_too_large": QCoreApplication.translate(
            "ImportMessages", "The file is larger than %1 MB."
        ),
        "encoding": QCoreApplication.translate(
            "ImportMessages", "The file's text encoding is not UTF-8, UTF-16 or cp1251."
        ),
        "csv_unreadable": QCoreApplication.translate(
            "ImportMessages", "The file is not a readable CSV table (%1)."
        ),
        "word_document": QCoreApplication.translate(
            "ImportMessages", "The file is a Word document, not a spreadsheet."
        ),
        "zip_archive": QCoreApplication.translate(
            "ImportMessages", "The file is a zip archive, not a spreadsheet."
        ),
        "no_worksheets": QCoreApplication.translate(
            "ImportMessages", "The workbook has no worksheets."
        ),
        "no_sheet": QCoreApplication.translate("ImportMessages", "The file has no sheet «%1»."),
        "no_sheet_of": QCoreApplication.translate(
            "ImportMessages", "The file has no sheet «%1»; its sheets: %2."
        ),
        "not_kind": QCoreApplication.translate(
            "ImportMessages", "«%1» is not a kind of file (%2)."
        ),
        "no_header": QCoreApplication.translate(
            "ImportMessages",
            "No header row with recognisable columns was found (for example «Контрагент», "
            "«ИНН», «Дата», «Сумма»).",
        ),
        "header_too_long": QCoreApplication.translate(
            "ImportMessages",
            "The header of column %1 is %2 characters long; a rated attribute's name holds "
            "at most %3: shorten it.",
        ),
        "no_data_rows": QCoreApplication.translate(
            "ImportMessages", "The table has a header but no data rows."
        ),
        "unmapped": QCoreApplication.translate("ImportMessages", "No column is chosen for: %1."),
    }


class Messages(QObject):
    def problem(self, p: Problem) -> str:
        return {
            "busy": self.tr(
                "The database is busy: another program or a colleague is writing to it."
            ),
            "read_only": self.tr("The database file is read-only: Fieldbook cannot save to it."),
            "damaged": self.tr(
                "The database file is damaged; restore it from a copy in the backups folder."
            ),
            "disk_full": self.tr("The disk is full: nothing was saved."),
            "unreachable": self.tr("The database server cannot be reached."),
        }.get(p.code, p.message)

    def _rules(self) -> dict[str, str]:
        """What the card's and the proposal's checks say."""
        return {
            # accounts and their records (core.accounts.workspace)
            "account_name": self.tr("An account needs a name."),
            "inn": self.tr("INN %1 is not valid: 10 or 12 digits with a checksum."),
            "kpp": self.tr("KPP %1 is not valid: 9 characters."),
            "industry": self.tr("The industry is one of the 12 markets."),
            "size": self.tr("Business size is large, medium or small."),
            "status": self.tr("Status is client or prospect."),
            "negative_potential": self.tr("Potential and capacity cannot be negative."),
            "deleted": self.tr("The account has been deleted meanwhile."),
            "contact_name": self.tr("A contact needs a name."),
            "buying_role": self.tr("The buying role is economic, technical, user or coach."),
            "activity_date": self.tr("An activity needs a date."),
            "activity_type": self.tr("Unknown activity type."),
            "opportunity_title": self.tr("An opportunity needs a title."),
            "stage": self.tr("Unknown opportunity stage."),
            "probability": self.tr("A probability is 0–100%."),
            "project_name": self.tr("A joint project needs a name."),
            "negative_plan": self.tr("Revenue and plan cannot be negative."),
            "task_title": self.tr("A task needs a title."),
            "task_status": self.tr("A task is open, done or cancelled."),
            "task_due": self.tr("A task's due day is a date."),
            "task_time": self.tr("«%1» is not a time of day: hh:mm, 00:00–23:59."),
            "task_closed": self.tr("The task was closed or deleted meanwhile."),
            # the rep's day (core.today)
            "suggested": self.tr("suggested by Fieldbook"),
            "task": "%1",
            "task_overdue": self.tr("overdue, days: %1"),
            "task_today": self.tr("due today"),
            "task_today_at": self.tr("due today at %1"),
            "deal_past_close": self.tr("«%1» was to close on %2"),
            "deal_idle": self.tr("«%1» has not moved, days: %2"),
            "deal_bant": self.tr("«%1» is at the proposal or negotiation with BANT %3 of 12"),
            "deal_action": self.tr("move the deal on, or close it as lost"),
            "no_lpr": self.tr("key account (A) with no decision maker (ЛПР) among its contacts"),
            "lpr_never": self.tr("key account (A): its decision maker (ЛПР) never met"),
            "lpr_since": self.tr("key account (A): the decision maker (ЛПР) last met %1"),
            "lpr_action": self.tr("arrange a meeting with the decision maker (ЛПР)"),
            # events and quick capture (core.events)
            "event_name": self.tr("An event needs a name."),
            "event_type": self.tr("An event is a trade fair, seminar, conference or other."),
            "event_dates": self.tr("An event cannot end before it starts."),
            "event_cost": self.tr("A cost cannot be negative."),
            "event_gone": self.tr("The event has been deleted meanwhile."),
            "lead_company": self.tr("A lead needs the company's name."),
            "lead_bant": self.tr("Each BANT criterion is 0 to 3."),
            "lead_next_date": self.tr("The next step needs a date."),
            "churn_reason": self.tr("risk of leaving %1%: %2"),
            "churn_model": self.tr("by the model"),
            "churn_action": "%1: %2",
            "churn_reengage": self.tr("re-engage (4R)"),
            "churn_refresh": self.tr("refresh the relationship (4R)"),
            "churn_react": self.tr("secure a new client's next order (4R)"),
            "churn_invest": self.tr("visit with an offer worth its potential"),
            "churn_protect": self.tr("call the decision maker and agree the next order"),
            "churn_harvest": self.tr("a call or an e-mail; no discount beyond the policy"),
            "churn_end": self.tr("decide whether to keep the account, without extra effort"),
            "churn_ask": self.tr("call to learn why the orders stopped"),
            # churn risk's reasons and quality (core.analytics.churn)
            "churn_gap": self.tr("no order for %1 days, usually every %2"),
            "churn_trend": self.tr("revenue %1% against the previous quarter"),
            "churn_frequency": self.tr("few purchases: %1 in 12 months"),
            "churn_rare": self.tr("orders rarely: about every %1 days"),
            "churn_once": self.tr("one purchase so far, %1 days ago"),
            "churn_returns": self.tr("returns are %1% of purchases"),
            "churn_nps": self.tr("NPS answer %1"),
            "churn_otif": self.tr("%1% of deliveries late or short"),
            "churn_overdue": self.tr("overdue receivables"),
            "churn_no_activity": self.tr("no contact recorded"),
            "churn_activity": self.tr("no contact for %1 days"),
            "churn_no_lpr": self.tr("no meeting with a decision maker (ЛПР) recorded"),
            "churn_lpr": self.tr("no decision maker (ЛПР) met for %1 days"),
            "churn_by_model": self.tr("learned from the company's history"),
            "churn_by_rule": self.tr(
                "too little history for a model: recency against the usual gap"
            ),
            "churn_untested": self.tr("%1; too little history to test it yet"),
            "churn_quality": self.tr(
                "%1; tested on %2: AUC %3, the riskiest 10% held %4% of those who then left"
            ),
            # proposals (core.selling.proposal, proposal_docs)
            "item_name": self.tr("An item needs a name."),
            "item_quantity": self.tr("%1: the quantity must be above zero."),
            "item_price": self.tr("%1: the price cannot be negative."),
            "item_discount": self.tr("%1: a discount is 0–99 %."),
            "vat_rate": self.tr("The VAT rate is 0–99 %."),
            "proposal_format": self.tr("A proposal is written to .docx or .pdf."),
            "no_account": self.tr("The account does not exist (it was deleted meanwhile)."),
            "no_proposal": self.tr("The proposal does not exist (it was deleted meanwhile)."),
            "template": self.tr("%1 is not a usable .docx template: %2"),
            "reason_needed": self.tr(
                "a discount above the policy needs a reason in «Reason to keep the discount»: %1"
            ),
            "cannot_write": self.tr("Cannot write %1: %2."),
            "no_items": self.tr("the proposal has no items"),
            "plan_format": self.tr("The plan is written to .xlsx or .pdf."),
            "brief_format": self.tr("The brief is written to .pdf."),
            # the TCO comparison (core.selling.tco)
            "tco_number": self.tr("Every cost is a number."),
            "tco_negative": self.tr("A cost cannot be negative."),
            "tco_rate": self.tr("The financing rate is a share per year, at most 500 %."),
            "tco_horizon": self.tr("The horizon is 1–%1 years."),
            # the SPIN question bank's file (core.selling.spin)
            "spin_unreadable": self.tr("%1 is not a readable .xlsx file: %2"),
            "spin_empty": self.tr("The workbook is empty."),
            "spin_columns": self.tr("The sheet has no column %1."),
            "spin_markets": self.tr("Markets are numbers 1–12 separated by commas: «%1»."),
        }

    def _table(self) -> dict[str, str]:
        return {**_importer(), **self._rules()}  # built each time: the language may change

    def text(self, said: str) -> str:
        """A sentence of ``core`` (a :class:`core.messages.Text`) in the user's language;
        ``"; "``-joined parts each translated."""
        code, values = of(said)
        if code == "parts":
            return "; ".join(self.text(p) for p in values.get("parts", ()))
        return self._fill(code, values, str(said))

    def failure(self, exc: BaseException) -> str:
        """One sentence for the user about ``exc``."""
        p = problem(exc)
        if p is not None:
            return self.problem(p)
        code, values = of(exc)
        if code == "parts":
            return "; ".join(self.text(part) for part in values.get("parts", ()))
        if code is not None:
            return self._fill(code, values, str(exc))
        if type(exc).__module__.startswith("core."):
            return str(exc)  # a rule of core not in the table: its English, as the CLI says
        return f"{type(exc).__name__}: {exc}"

    def _fill(self, code: str | None, values: dict[str, Any], english: str) -> str:
        template = self._table().get(code or "")
        if template is None:
            return english
        for i, value in enumerate(values.values(), 1):
            template = template.replace(f"%{i}", _shown(value))
        return template


def _shown(value: Any) -> str:
    """A value of a message in the user's format: numbers with the locale's grouping."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return formatting.number(value)
    if isinstance(value, float):
        return formatting.number(value, 2)
    if isinstance(value, date):
        return formatting.day(value)
    if isinstance(value, Text):
        return Messages().text(value)
    return str(value)


def translate(said: str) -> str:
    """Module-level shortcut for :meth:`Messages.text`."""
    return Messages().text(said)
