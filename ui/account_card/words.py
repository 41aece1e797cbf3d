"""The card's words for codes the core computes: factors, reasons, levels, strategies,
BANT statuses, behaviour and lifecycle, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from core import plurals
from core.selling.bcg import STRATEGIES, Reason
from ui.formatting import percent, ui_language


class Words(QObject):
    def factor(self, code: str) -> str:
        return {
            "share_of_wallet": self.tr("Our share of the client (SOW)"),
            "price_orientation": self.tr("Price orientation (5 = not price driven)"),
            "dependency": self.tr("Client's dependency on us"),
            "loyalty": self.tr("Loyalty"),
            "decision_maker_contact": self.tr("Contacts with the decision maker"),
            "potential": self.tr("Client potential"),
            "growth": self.tr("Client growth"),
            "marginality": self.tr("Marginality"),
            "competition": self.tr("Competition"),
            "assortment": self.tr("Assortment breadth"),
        }.get(code, code)

    def reason(self, reason: Reason) -> str:
        v = dict(reason.values)
        score = str(v.get("score", ""))
        texts = {
            "sow": self.tr("SOW %1 → %2"),
            "sow_unknown": self.tr("share of wallet unknown (no potential, no competitor shares)"),
            "potential": self.tr("potential in quintile %3 of the client base → %2"),
            "potential_unknown": self.tr("potential unknown"),
            "growth": self.tr("revenue %4 on the previous window, quintile %3 → %2"),
            "growth_new": self.tr("no revenue in the previous window, quintile %3 → %2"),
            "growth_none": self.tr("no sales in either window"),
            "margin": self.tr("margin %1, quintile %3 → %2"),
            "margin_unknown": self.tr("no cost in the data"),
            "competition_unknown": self.tr("no competitor data"),
            "assortment_none": self.tr("no sales in the window"),
            "dm_never": self.tr("ЛПР known, no meeting logged → %2"),
            "dm_none": self.tr("no ЛПР among the contacts → %2"),
        }
        count, days = int(v.get("count") or 0), int(v.get("days") or 0)
        language = ui_language()
        plural = {  # CLDR's plural forms: «1 конкурент», «3 конкурента», «5 конкурентов»
            "competition": lambda: self.tr("K%5: %6 known → %2").replace(
                "%6", plurals.count(count, "competitor", language)
            ),
            "assortment": lambda: self.tr("D%7: %6 → %2").replace(
                "%6", plurals.count(count, "product group", language)
            ),
            "dm_recent": lambda: (
                self.tr("ЛПР met today → %2")
                if days == 0
                else self.tr("ЛПР met %8 ago → %2").replace(
                    "%8", plurals.count(days, "day", language)
                )
            ),
            "dm_old": lambda: self.tr("ЛПР last met %8 ago → %2").replace(
                "%8", plurals.count(days, "day", language)
            ),
        }
        if reason.code in plural:
            texts[reason.code] = plural[reason.code]()
        text = texts.get(reason.code, reason.english())
        ratio = v.get("ratio")
        change = "" if ratio is None else ("+" if ratio >= 0 else "") + percent(ratio, 0)
        subs = {
            "%1": percent(v.get("share"), 0),
            "%2": score,
            "%3": str(v.get("quintile", "")),
            "%4": change,
            "%5": str(v.get("k", "")),
            "%6": str(v.get("count", "")),
            "%7": str(v.get("d", "")),
            "%8": str(v.get("days", "")),
        }
        for key, value in subs.items():
            text = text.replace(key, value)
        return text

    def strategy(self, code: str | None) -> str:
        return self.strategies().get(code or "", "—")

    def lead_sources(self) -> dict[str, str]:
        """Where a lead came from (METHODS.md §13), in the window's language."""
        return {
            "search": self.tr("search"),
            "event": self.tr("event (trade fair, seminar)"),
            "referral": self.tr("referral"),
            "website": self.tr("website"),
            "email": self.tr("e-mail"),
            "cold_call": self.tr("cold call"),
            "partner": self.tr("partner"),
            "other": self.tr("other"),
        }

    def strategies(self) -> dict[str, str]:
        names = {
            "strengthen": self.tr("Strengthen"),
            "invest": self.tr("Invest"),
            "invest_selectively": self.tr("Invest selectively"),
            "protect_focus": self.tr("Protect and focus"),
            "minimise_harvest": self.tr("Minimise investment, harvest"),
            "protect_position": self.tr("Protect position and income"),
            "harvest": self.tr("Harvest"),
            "consider_ending": self.tr("Consider ending"),
        }
        assert set(names) == set(STRATEGIES)
        return names

    def relationship_level(self, code: str | None) -> str:
        return {"high": self.tr("strong"), "medium": self.tr("medium"),
                "low": self.tr("weak")}.get(code or "", "—")  # fmt: skip

    def attractiveness_level(self, code: str | None) -> str:
        return {"high": self.tr("high"), "medium": self.tr("medium"),
                "low": self.tr("low")}.get(code or "", "—")  # fmt: skip

    def bant_status(self, code: str) -> str:
        return {
            "qualified": self.tr("qualified"),
            "developing": self.tr("developing"),
            "not_qualified": self.tr("not qualified"),
        }.get(code, code)

    def lifecycle(self, code: str | None) -> str:
        return {
            "reach": self.tr("Reach (prospect)"),
            "react": self.tr("React (new)"),
            "reengage": self.tr("Re-engage"),
            "refresh": self.tr("Refresh"),
        }.get(code or "", "—")
