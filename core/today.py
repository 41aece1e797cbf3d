"""The rep's day: one list, ranked, of what needs doing (issue "The rep's day").

Seed 002: «Что надо сделать сейчас, чтобы получить наилучший результат в будущем?».
Each item is ``{kind, account_id, account, due, priority, reason, action}``:

- ``task``: an open task due by today (the overdue first), or one Fieldbook suggests;
- ``detractor``: a suggested call-back after a detractor's NPS answer (before the deals);
- ``stuck_opportunity``: an open opportunity untouched for 30 days or past its
  expected close, or at the proposal or negotiation with BANT gaps (total under 9);
- ``no_lpr_contact``: a key account (ABC = A) with no activity with a decision maker
  (ЛПР) in 90 days, or none among its contacts;
- ``churn_risk``: the accounts most likely to leave (METHODS.md §12), the largest
  expected loss first, with the reasons and the action their 4R stage and BCG strategy
  call for.

The segment labels and the churn risk come from the analysis of the base, which the
caller has (the window's, or the command line's). ``reason`` and ``action``
are :class:`core.messages.Text`: the English the command line prints, with a code and
values the window shows in its language. ``priority`` ranks the list (higher first).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import or_, select

from core import changes as ch
from core.accounts import workspace as ws
from core.database import Database
from core.messages import joined, say
from core.plurals import count
from storage.models import Account, Opportunity, Task

STUCK_DAYS = 30
NO_LPR_DAYS = 90
QUALIFIED_FROM = 9  # BANT (METHODS.md §7)
LATE_STAGES = ("proposal", "negotiation")  # where a deal not qualified is one to look at
KINDS = ("task", "churn_risk", "stuck_opportunity", "no_lpr_contact", "detractor")
SETTLED = ("churn_risk", "stuck_opportunity", "no_lpr_contact")  # items acted on by a task
QUIET_DAYS = 30  # an item done or dismissed stays off the list this long
AT_RISK_FROM = 0.5  # a churn risk this high is worth a rep's call
AT_RISK_SHOWN = 20  # the largest expected losses of them (for everyone, or one manager)
# how much the BCG strategy says to invest in keeping the account (METHODS.md §5)
EFFORT = {
    "strengthen": "invest",
    "invest": "invest",
    "invest_selectively": "invest",
    "protect_focus": "protect",
    "protect_position": "protect",
    "minimise_harvest": "harvest",
    "harvest": "harvest",
    "consider_ending": "end",
}
_STAGE_WORDS = {
    "reengage": ("churn_reengage", "re-engage"),
    "refresh": ("churn_refresh", "refresh the relationship"),
    "react": ("churn_react", "secure the next order of a new client"),
}
_EFFORT_WORDS = {
    "invest": ("churn_invest", "visit with an offer worth its potential"),
    "protect": ("churn_protect", "call the decision maker and agree the next order"),
    "harvest": ("churn_harvest", "a call or an e-mail; no discount beyond the policy"),
    "end": ("churn_end", "decide whether to keep the account, without extra effort"),
    None: ("churn_ask", "call to learn why the orders stopped"),
}


SILENT = ("churn_gap", "churn_once")  # reasons that say it stopped buying


def churn_action(lifecycle: str | None, strategy: str | None, silent: bool = False) -> Any:
    """What to do about an account at risk: its 4R stage (the lifecycle label; re-engage
    one silent past its usual gap, whatever its 12 months' behaviour says), and as much
    effort as its BCG strategy allows."""
    stage = _STAGE_WORDS["reengage" if silent or lifecycle not in _STAGE_WORDS else lifecycle]
    effort = _EFFORT_WORDS[EFFORT.get(strategy or "")]
    return say(
        "churn_action",
        "{stage}: {effort}",
        stage=say(stage[0], stage[1]),
        effort=say(effort[0], effort[1]),
    )


def worklist(
    db: Database,
    today: date,
    manager: str | None = None,
    labels: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """What needs doing on ``today``, ranked; ``manager`` keeps one manager's accounts
    (its case ignored); ``labels``: every account's labels from the analysis (ABC class,
    churn risk with its reasons and ``churn_loss``, behaviour, BCG strategy);
    ``limit``: the first so many."""
    labels = labels or {}
    key_accounts = sorted(a for a, lab in labels.items() if lab.get("abc") == "A")
    at_risk = sorted(
        (a for a, lab in labels.items() if (lab.get("churn_risk") or 0) >= AT_RISK_FROM),
        key=lambda a: (-(labels[a].get("churn_loss") or 0), a),
    )
    with db.engine.connect() as conn:
        task_rows = conn.execute(
            select(Task.id, Task.account_id, Task.title, Task.due_on, Task.due_time,
                   Task.status, Task.source, Task.owner, Task.opportunity_id)
            .where(Task.deleted_at.is_(None), Task.status.in_(("open", "suggested")))
        ).fetchall()  # fmt: skip
        # the items the rep has acted on: put off (an open task), done or dismissed lately
        quiet = {
            (source, ref)
            for source, ref in conn.execute(
                select(Task.source, Task.source_id).where(
                    Task.deleted_at.is_(None), Task.source.in_(SETTLED),
                    or_(Task.status == "open",
                        Task.due_on >= today - timedelta(days=QUIET_DAYS)))
            )
        }  # fmt: skip
        # only the deals that may be stuck: past their close, untouched for 30 days, or
        # at the proposal or negotiation with the qualification to check
        idle_since = today - timedelta(days=STUCK_DAYS)
        deals = conn.execute(
            select(Opportunity.id, Opportunity.account_id, Opportunity.title,
                   Opportunity.stage, Opportunity.expected_close, Opportunity.updated_at)
            .where(Opportunity.deleted_at.is_(None), Opportunity.stage.in_(ws.OPEN_STAGES),
                   Opportunity.closed_on.is_(None),
                   or_(Opportunity.expected_close < today,
                       Opportunity.updated_at < datetime.combine(idle_since, time(), UTC),
                       Opportunity.stage.in_(LATE_STAGES)))
        ).fetchall()  # fmt: skip
    # the names and managers of only the accounts in question (not the whole base: a
    # read of 20,000 rows on a thread holds the window's interpreter lock)
    involved = sorted(
        {r[1] for r in task_rows} | {r[1] for r in deals} | set(key_accounts) | set(at_risk)
    )
    accounts: dict[str, tuple[str, str | None]] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(involved), 900):
            part = select(Account.id, Account.name, Account.manager).where(
                Account.deleted_at.is_(None), Account.id.in_(involved[start : start + 900])
            )
            accounts.update((a, (name, owner)) for a, name, owner in conn.execute(part))
    wanted = manager.strip().casefold() if manager and manager.strip() else None

    def mine(account: str, owner: str | None = None) -> bool:
        if account not in accounts:
            return False
        if wanted is None:
            return True
        who = owner if owner else accounts[account][1]
        return str(who or "").strip().casefold() == wanted

    items: list[dict[str, Any]] = []

    def add(kind: str, account: str, due: date | None, priority: float, reason: Any,
            action: Any, **extra: Any) -> None:  # fmt: skip
        items.append({
            "kind": kind, "account_id": account, "account": accounts[account][0],
            "due": due, "priority": round(priority, 1), "reason": reason, "action": action,
            **extra,
        })  # fmt: skip

    # a deal with a task of its own (a suggestion to update it, a follow-up) is that task
    tasked = {r[8] for r in task_rows if r[8] is not None}
    for tid, account, title, due, hour, status, source, owner, _deal in task_rows:
        if not mine(account, owner):
            continue
        if status == "suggested":
            # a detractor's call-back before the deals and key accounts: the client said
            # it is unhappy; the other suggestions after them
            kind, rank = ("detractor", 70) if source == "detractor" else ("task", 40)
            add(kind, account, due, rank, say("suggested", "suggested by Fieldbook"),
                say("task", "{title}", title=title), task_id=tid, status=status,
                hour=hour)  # fmt: skip
            continue
        if due is None or due > today:
            continue
        late = (today - due).days
        reason = (
            say("task_overdue", "overdue by {span}", days=late, span=count(late, "day", "en"))
            if late
            else say("task_today_at", "due today at {hour}", hour=hour)
            if hour
            else say("task_today", "due today")
        )
        add("task", account, due, 100 + min(late, 60), reason,
            say("task", "{title}", title=title), task_id=tid, status=status,
            hour=hour)  # fmt: skip

    bant = ws.latest_bant_totals(db.engine)
    for oid, account, title, stage, close, touched in deals:
        if not mine(account) or ("stuck_opportunity", oid) in quiet or oid in tasked:
            continue
        idle = max(0, (today - touched.date()).days) if touched is not None else 0
        if close is not None and close < today:
            reason = say("deal_past_close", "«{title}» was to close on {day}", title=title,
                         day=close)  # fmt: skip
        elif idle > STUCK_DAYS:
            reason = say("deal_idle", "«{title}» has not moved for {span}", title=title,
                         days=idle, span=count(idle, "day", "en"))  # fmt: skip
        elif stage in LATE_STAGES and bant.get(account, 0) < QUALIFIED_FROM:
            reason = say("deal_bant", "«{title}» is at the {stage} with BANT {total} of 12",
                         title=title, stage=stage, total=bant.get(account, 0))  # fmt: skip
        else:
            continue
        # its day only when it has passed: a close still ahead is not today's deadline
        past = close if close is not None and close < today else None
        add("stuck_opportunity", account, past, 60 + min(idle, 60) / 2, reason,
            say("deal_action", "move the deal on, or close it as lost"),
            opportunity_id=oid)  # fmt: skip

    met = ws.decision_maker_meetings(db.engine, [a for a in key_accounts if mine(a)])
    since = today - timedelta(days=NO_LPR_DAYS)
    for account in key_accounts:
        if not mine(account) or ("no_lpr_contact", account) in quiet:
            continue
        has, last = met.get(account, (False, None))
        if not has:
            reason = say("no_lpr", "key account (A) with no decision maker among its contacts")
        elif last is None or last < since:
            reason = (
                say("lpr_never", "key account (A): never met its decision maker")
                if last is None
                else say(
                    "lpr_since", "key account (A): the decision maker last met {day}", day=last
                )
            )
        else:
            continue
        add("no_lpr_contact", account, None, 50, reason,
            say("lpr_action", "arrange a meeting with the decision maker (ЛПР)"))  # fmt: skip

    shown = [a for a in at_risk if mine(a) and ("churn_risk", a) not in quiet][:AT_RISK_SHOWN]
    for rank, account in enumerate(shown):
        lab = labels[account]
        said = list(lab.get("churn_reasons") or [])
        reason = say(
            "churn_reason",
            "risk of leaving {risk}%: {why}",
            risk=round(100 * float(lab["churn_risk"])),
            why=joined(said) if said else say("churn_model", "by the model"),
        )
        # between the deals and the key accounts, the largest expected loss first
        add("churn_risk", account, None, 58 - 6 * rank / max(1, len(shown)), reason,
            churn_action(lab.get("lifecycle"), lab.get("bcg_strategy"),
                         any(getattr(t, "code", None) in SILENT for t in said)),
            expected_loss=lab.get("churn_loss"))  # fmt: skip

    items.sort(
        key=lambda i: (-i["priority"], i["due"] or date.max, i.get("hour") or "99", i["account"])
    )
    for item in items:
        item.pop("hour", None)
    return items if limit is None else items[:limit]


@ch.changes(ch.TASKS)
def settle(
    db: Database,
    item: Mapping[str, Any],
    how: str,
    title: str,
    today: date,
    outcome: str | None = None,
    next_title: str | None = None,
    next_due: date | None = None,
) -> str:
    """Act on an item that is not a task (an account at risk, a stuck deal, a key account
    without an ЛПР met) through a task of its own, so that it is kept like every task:
    ``later``, an open task due tomorrow (the item comes back as that task); ``done``,
    a task done today with its ``outcome``; ``dismiss``, a task dismissed today. Either
    keeps the item off the list for QUIET_DAYS; ``next_title``: the next task too, due
    ``next_due``. Returns the task's id."""
    kind = item["kind"]
    if kind not in SETTLED or how not in ("later", "done", "dismiss"):
        raise ValueError(f"cannot settle a {kind} item by {how}")
    status = {"later": "open", "done": "done", "dismiss": "dismissed"}[how]
    due = today + timedelta(days=1) if how == "later" else today
    with db.engine.connect() as conn:
        owner = conn.execute(
            select(Account.manager).where(Account.id == item["account_id"])
        ).scalar()
    made = ws.save_record(
        db,
        "task",
        item["account_id"],
        {
            "title": title.strip()[:300] or kind,
            "due_on": due,
            "status": status,
            "owner": owner,
            "outcome": (outcome or "").strip() or None,
            "source": kind,
            "source_id": item.get("opportunity_id") or item["account_id"],
            "opportunity_id": item.get("opportunity_id"),
        },
    )
    if next_title:
        ws.save_record(
            db,
            "task",
            item["account_id"],
            {"title": next_title, "due_on": next_due or today + timedelta(days=7), "owner": owner},
        )
    return made


def to_json(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``today --format json``: the items with dates as ISO text and words in English."""
    return [
        {
            "kind": i["kind"],
            "account_id": i["account_id"],
            "account": i["account"],
            "due": i["due"].isoformat() if i["due"] else None,
            "priority": i["priority"],
            "reason": str(i["reason"]),
            "action": str(i["action"]),
        }
        for i in items
    ]
