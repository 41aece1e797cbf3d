"""Every segmentation on a fixture small enough to work out by hand (METHODS.md §3–§4).

Window: as-of 2024-12-31 → calendar 2024; previous window: 2023. Amounts in roubles.
  Альфа: 100 on the 15th of every month of 2023 and 2024 (one document each, SKU S1,
         group G1), a return of −50 on 2024-06-15; potential 2,000, capacity 10;
         competitors X (30%) and Y (20%); a receivable paid before its due date.
  Бета:  2023-01-10: 3,000. 2024-03-10: one document with S1/G1 600 and S2/G2 400;
         2024-09-10: S3/G3 1,000. Capacity 4; no competitor data; a receivable due
         2024-05-01 paid 2024-05-20 (overdue inside the window).
  Вега:  2024-11-20: 500 (first purchase ever); four competitors without shares.
  Гамма: 2023-05-05: 800 only.   Дельта: 2022-03-03: 100 only.   Ежик: never bought.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from core.analytics.dataset import build_dataset
from core.analytics.segments import account_labels, segment, segment_table, to_json

IDS = {"Альфа": "a", "Бета": "b", "Вега": "c", "Гамма": "d", "Дельта": "e", "Ежик": "f"}


def _fixture():
    accounts = pd.DataFrame(
        [
            ("a", "Альфа", None, 1, "Москва", "dealer", "Иванов", "large", 200_000, 10.0, "client"),
            ("b", "Бета", None, 1, "Москва", "direct", "Петров", "small", None, 4.0, "client"),
            ("c", "Вега", None, 1, "Казань", "direct", "Петров", "small", None, None, "client"),
            ("d", "Гамма", None, 1, "Казань", "dealer", "Иванов", "small", None, None, "client"),
            ("e", "Дельта", None, 1, "Уфа", "dealer", "Иванов", "small", None, None, "client"),
            ("f", "Ежик", None, 1, "Уфа", "dealer", "Иванов", "small", None, None, "prospect"),
        ],
        columns=[
            "id",
            "name",
            "inn",
            "industry",
            "region",
            "channel",
            "manager",
            "size",
            "potential_kop",
            "capacity_units",
            "status",
        ],
    )
    lines = []
    for year in (2023, 2024):
        for month in range(1, 13):
            lines.append(("a", f"{year}-{month:02d}-15", f"A-{year}-{month}", "S1", "G1", 10_000))
    lines.append(("a", "2024-06-15", "RA", "S1", "G1", -5_000))
    lines += [
        ("b", "2023-01-10", "B0", "S1", "G1", 300_000),
        ("b", "2024-03-10", "B1", "S1", "G1", 60_000),
        ("b", "2024-03-10", "B1", "S2", "G2", 40_000),
        ("b", "2024-09-10", "B2", "S3", "G3", 100_000),
        ("c", "2024-11-20", "C1", "S1", "G1", 50_000),
        ("d", "2023-05-05", "D1", "S1", "G1", 80_000),
        ("e", "2022-03-03", "E1", "S1", "G1", 10_000),
    ]
    frame = pd.DataFrame(
        [(*row, None) for row in lines],
        columns=["account_id", "date", "doc_no", "sku", "product_group", "amount_kop", "cost_kop"],
    )
    competitors = pd.DataFrame(
        [("a", "X", 0.3), ("a", "Y", 0.2)] + [("c", name, None) for name in "XYZW"],
        columns=["account_id", "competitor", "share"],
    )
    receivables = pd.DataFrame(
        [("a", "2024-02-01", "2024-01-25", 1000), ("b", "2024-05-01", "2024-05-20", 1000)],
        columns=["account_id", "due_date", "paid_date", "amount_kop"],
    )
    return build_dataset(accounts, frame, competitors, receivables)


@pytest.fixture(scope="module")
def seg():
    return segment(_fixture(), date(2024, 12, 31))


def _labels(seg, key):
    by_id = account_labels(seg)
    return {name: by_id[aid][key] for name, aid in IDS.items()}


def test_default_as_of_is_the_latest_sale() -> None:
    assert segment(_fixture()).clients.as_of == date(2024, 12, 15)  # Альфа, 15 December


def test_abc_xyz(seg) -> None:
    # revenue 2024: Бета 2,000 (cum 0.548 → A), Альфа 1,150 (0.863 → B), Вега 500 (→ C)
    # monthly CV: Альфа 11×100 and 50 → 0.144 (X); Бета two months of 1,000 → 2.24 (Z); Вега Z
    assert _labels(seg, "abc") == {
        "Альфа": "B",
        "Бета": "A",
        "Вега": "C",
        "Гамма": None,
        "Дельта": None,
        "Ежик": None,
    }
    assert _labels(seg, "xyz")["Альфа"] == "X"
    assert _labels(seg, "xyz")["Бета"] == "Z"
    table = to_json(segment_table(seg, "abc-xyz"))
    assert [r["segment"] for r in table["rows"]] == ["AZ", "BX", "CZ"]
    bx = table["rows"][1]
    assert bx["revenue"] == 1150.0
    assert bx["revenue_share"] == round(1150 / 3650, 4)
    assert bx["orders"] == 12  # the return is not an order
    assert bx["avg_check"] == round(1150 / 12, 2)
    assert table["total"]["revenue"] == 3650.0
    assert table["total"]["orders"] == 15
    assert table["total"]["clients"] == 3
    assert "no_cost" in table["warnings"]


def test_behaviour_lifecycle_and_lost_sales(seg) -> None:
    assert _labels(seg, "behaviour") == {
        "Альфа": "stable",  # 1,150 / 1,200 = 0.96
        "Бета": "falling",  # 2,000 / 3,000 = 0.67 < 0.7
        "Вега": "new",
        "Гамма": "lost",
        "Дельта": "dormant",
        "Ежик": "prospect",
    }
    assert _labels(seg, "lifecycle") == {
        "Альфа": "refresh",
        "Бета": "reengage",
        "Вега": "react",
        "Гамма": "reengage",
        "Дельта": "reengage",
        "Ежик": "reach",
    }
    table = to_json(segment_table(seg, "behaviour"))
    assert [r["segment"] for r in table["rows"]] == [
        "new",
        "lost",
        "falling",
        "stable",
        "dormant",
        "prospect",
    ]
    lost = {r["segment"]: r["lost_sales"] for r in table["rows"]}
    assert lost["falling"] == 1000.0 and lost["lost"] == 800.0
    assert table["total"]["lost_sales"] == 1800.0
    assert table["total"]["clients"] == 6


def test_dsl(seg) -> None:
    # Альфа: one group → D1, S1; Бета: 3 groups, largest G3 1,000 / 2,000 = 0.5 → D2, S2
    # L by gross profit (= revenue, no cost): Бета L3, Альфа L2, Вега L1
    assert _labels(seg, "dsl") == {
        "Альфа": "D1_S1_L2",
        "Бета": "D2_S2_L3",
        "Вега": "D1_S1_L1",
        "Гамма": None,
        "Дельта": None,
        "Ежик": None,
    }
    assert _labels(seg, "dsl_level")["Бета"] == 3
    table = to_json(segment_table(seg, "dsl"))
    assert [(r["segment"], r.get("level", 0)) for r in table["rows"]] == [
        ("level_1", 1),
        ("D1_S1_L1", 0),
        ("D1_S1_L2", 0),
        ("level_3", 1),
        ("D2_S2_L3", 0),
    ]
    level1 = table["rows"][0]
    assert level1["revenue"] == 1650.0 and level1["clients"] == 2
    assert level1["skus_sold"] == 2 and level1["slots"] == 13
    assert table["rows"][4]["check_depth"] == 1.5  # Бета: 3 slots / 2 orders


def test_rfm(seg) -> None:
    # days since purchase: Альфа 16, Бета 112, Вега 41; n = 3, k = 5 → ranks 1, 2, 3 → 1, 2, 4
    assert _labels(seg, "rfm")["Альфа"] == "R4F4M2"
    assert _labels(seg, "rfm")["Бета"] == "R1F2M4"
    assert _labels(seg, "rfm")["Вега"] == "R2F1M1"


def test_kml(seg) -> None:
    # Альфа: 2 competitors → K2; SOW 1,150 / 2,000 = 0.575; HHI over 0.3, 0.2, 0.575
    # renormalised = 0.399 → M2; LTV 2,350 of 7,850 (after Бета's 5,000) → L2.
    assert _labels(seg, "kml") == {
        "Альфа": "K2_M2_L2",
        "Бета": "K1_M3_L3",
        "Вега": "K3_M3_L1",
        "Гамма": None,
        "Дельта": None,
        "Ежик": None,
    }
    table = to_json(segment_table(seg, "kml"))
    row = next(r for r in table["rows"] if r["segment"] == "K2_M2_L2")
    assert row["avg_sow"] == 0.575
    assert row["ltv"] == 2350.0
    assert row["unique_competitors"] == 2
    assert table["total"]["unique_competitors"] == 4  # X, Y, Z, W
    assert table["total"]["unique_regions"] == 2
    assert "no_competitors:1" in table["warnings"]


def test_spl(seg) -> None:
    # Бета's receivable was overdue 1–20 May 2024 → P1; Альфа paid early → P3
    assert _labels(seg, "spl") == {
        "Альфа": "S3_P3_L2",
        "Бета": "S1_P1_L3",
        "Вега": "S1_P3_L1",
        "Гамма": None,
        "Дельта": None,
        "Ежик": None,
    }


def test_psc_and_personas(seg) -> None:
    # average SKU cost: Альфа 95.83, Вега 500, Бета 666.67 → P1, P2, P3
    # revenue per capacity unit: Альфа 115, Бета 500 (Вега has none) → C1, C2
    assert _labels(seg, "psc") == {
        "Альфа": "P1_S3_C1",
        "Бета": "P3_S1_C2",
        "Вега": None,
        "Гамма": None,
        "Дельта": None,
        "Ежик": None,
    }
    assert _labels(seg, "persona") == {
        "Альфа": "stingy",  # S3 and P1
        "Бета": "not_stably_best",  # S1 and C2
        "Вега": "new",  # first purchase 41 days before the as-of date
        "Гамма": None,
        "Дельта": None,
        "Ежик": None,
    }
    by_persona = to_json(segment_table(seg, "psc"))
    assert [r["segment"] for r in by_persona["rows"]] == ["new", "stingy", "not_stably_best"]
    by_cell = to_json(segment_table(seg, "psc", by="cell"))
    assert [r["segment"] for r in by_cell["rows"]] == ["P1_S3_C1", "P3_S1_C2"]
    assert by_cell["total"]["revenue_per_capacity_unit"] == round(3150 / 14, 2)
    assert "no_capacity:1" in by_cell["warnings"]


def test_top_n_this_window_and_previous(seg) -> None:
    # 2024: Бета 2,000, Альфа 1,150, Вега 500 of 3,650; 2023: Бета 3,000, Альфа 1,200,
    # Гамма 800 of 5,000
    table = to_json(segment_table(seg, "top"))
    got = [
        (
            r["segment"],
            r["client"],
            r["revenue"],
            r["revenue_share"],
            r["client_prev"],
            r["share_prev"],
        )
        for r in table["rows"]
    ]
    assert got == [
        ("1", "Бета", 2000.0, round(2000 / 3650, 4), "Бета", 0.6),
        ("2", "Альфа", 1150.0, round(1150 / 3650, 4), "Альфа", 0.24),
        ("3", "Вега", 500.0, round(500 / 3650, 4), "Гамма", 0.16),
    ]
    assert table["total"]["revenue_share"] == 1.0 and table["total"]["share_prev"] == 1.0
    assert table["total"]["revenue_prev"] == 5000.0


def test_abc_by_potential_capacity_now_and_before(seg) -> None:
    # ABC 2024: Бета A (54.8%), Альфа B (86.3%), Вега C; 2023: Бета A (60%), Альфа B (84%),
    # Гамма C. Only Альфа (large) has a potential: band 1; the small ones are unknown.
    table = to_json(segment_table(seg, "capacity"))
    cells = {
        r["segment"]: {k: v for k, v in r.items() if k != "segment" and v} for r in table["rows"]
    }
    assert cells == {
        "A": {"unknown": 1, "unknown_prev": 1},
        "B": {"large_1": 1, "large_1_prev": 1},
        "C": {"unknown": 1, "unknown_prev": 1},
    }
    total = {k: v for k, v in table["total"].items() if k not in ("segment", "level") and v}
    assert total == {"large_1": 1, "large_1_prev": 1, "unknown": 2, "unknown_prev": 2}
    assert "no_potential:2" in table["warnings"]


def test_capacity_bands_are_tertiles_within_a_size() -> None:
    from core.analytics.segments import capacity_band

    potential = np.array([10.0, 50.0, 30.0, np.nan, 20.0, 5.0, 7.0])
    size = np.array(["large", "large", "large", "large", "small", "small", None], dtype=object)
    names = np.array(list("abcdefg"))
    # large: 50 → 1, 30 → 2, 10 → 3; d has no potential; small: 20 → 1 (⌊3·0/2⌋+1),
    # 5 → 2 (⌊3·1/2⌋+1); g has no size
    assert capacity_band(potential, size, names).tolist() == [3, 1, 2, 0, 1, 2, 0]


def test_lost_sales_by_manager_and_channel(seg) -> None:
    # Бета falling (2,000 < 0.7 × 3,000): lost 1,000 (Петров, direct);
    # Гамма lost: 800 (Иванов, dealer); Альфа stable (1,150 vs 1,200)
    table = to_json(segment_table(seg, "behaviour", by="manager"))
    got = [
        (
            r["segment"],
            r["falling_clients"],
            r["lost_clients"],
            r["lost_sales"],
            r["lost_sales_share"],
        )
        for r in table["rows"]
    ]
    assert got == [
        ("Петров", 1, 0, 1000.0, round(1000 / 1800, 4)),
        ("Иванов", 0, 1, 800.0, round(800 / 1800, 4)),
    ]
    assert table["total"]["lost_sales"] == 1800.0
    assert table["total"]["revenue_prev"] == 3800.0 and table["total"]["revenue"] == 2000.0
    by_channel = to_json(segment_table(seg, "behaviour", by="channel"))
    assert [(r["segment"], r["lost_sales"]) for r in by_channel["rows"]] == [
        ("direct", 1000.0),
        ("dealer", 800.0),
    ]
    with pytest.raises(ValueError):
        segment_table(seg, "kml", by="manager")


def test_coverage_without_a_region_universe(seg) -> None:
    # active = sales in 2023: Альфа, Бета (Москва), Гамма (Казань); acquired: Вега (Казань)
    table = to_json(segment_table(seg, "coverage"))
    got = [(r["segment"], r["active"], r["acquired"], r["coverage"]) for r in table["rows"]]
    assert got == [("Казань", 1, 1, None), ("Москва", 2, 0, None)]
    assert (table["total"]["active"], table["total"]["acquired"]) == (3, 1)
    assert "no_universe" in table["warnings"]


def test_coverage_seed_example_st_petersburg() -> None:
    # seed 002: St Petersburg 104 active, 1,876 outlets, 246 potential, 117 acquired
    # → 117 / 246 = 47.6% acquisition, (104 + 117) / 1,876 = 11.8% coverage
    cols = ["id", "name", "inn", "industry", "region", "channel", "manager", "size",
            "potential_kop", "capacity_units", "status"]  # fmt: skip
    accounts, lines = [], []
    for i in range(104):  # bought in the previous window (2023) and in 2024
        accounts.append((f"o{i}", f"Old {i:03d}", None, 1, "Санкт-Петербург", None, None,
                         None, None, None, "client"))  # fmt: skip
        lines.append((f"o{i}", "2023-06-01", f"O{i}", "S", "G", 1_000, None))
    for i in range(117):  # first purchase in 2024
        accounts.append((f"n{i}", f"New {i:03d}", None, 1, "санкт-петербург ", None, None,
                         None, None, None, "client"))  # fmt: skip
        lines.append((f"n{i}", "2024-06-01", f"N{i}", "S", "G", 1_000, None))
    accounts.append(("m", "Moscow", None, 1, "Москва", None, None, None, None, None, "client"))
    lines.append(("m", "2023-02-01", "M", "S", "G", 1_000, None))
    regions = pd.DataFrame(
        [("Санкт-Петербург", 1876, 246)], columns=["region", "total_outlets", "potential_outlets"]
    )
    ds = build_dataset(
        pd.DataFrame(accounts, columns=cols),
        pd.DataFrame(
            lines,
            columns=[
                "account_id",
                "date",
                "doc_no",
                "sku",
                "product_group",
                "amount_kop",
                "cost_kop",
            ],
        ),
        regions=regions,
    )
    table = to_json(segment_table(segment(ds, date(2024, 12, 31)), "coverage"))
    spb = table["rows"][1]
    assert (spb["segment"], spb["active"], spb["acquired"]) == ("Санкт-Петербург", 104, 117)
    assert (spb["potential"], spb["total_outlets"]) == (246, 1876)
    assert round(spb["acquisition"] * 100) == 48 and round(spb["coverage"] * 100) == 12
    assert spb["acquisition"] == round(117 / 246, 4)
    moscow = table["rows"][0]
    assert (moscow["segment"], moscow["active"], moscow["coverage"]) == ("Москва", 1, None)
    total = table["total"]
    assert (total["active"], total["acquired"], total["potential"]) == (105, 117, 246)
    assert total["coverage"] == round(221 / 1876, 4)  # only regions with a universe
    assert "no_universe" not in table["warnings"]


def test_bcg_suggestions_by_hand():
    """Window 2024 against 2023. Growth over the accounts that traded in either window:
    Гамма −100%, Бета (2000 vs 3000) −33%, Альфа (1150 vs 1200) −4%, Вега new (no 2023
    revenue: ranks last). n = 4, k = 5: ranks 1..4 → quintiles 1, 2, 3, 4. Potential is
    known for Альфа alone (quintile 1 of one). SOW Альфа 1150 / 2000 = 57.5% → 3.
    Competitors: Альфа 2 → K2 → 3, Вега 4 → K3 → 1, Бета none recorded → no score.
    Groups: Альфа 1 → D1 → 1, Бета 3 → D2 → 3. No cost anywhere: no marginality score."""
    from core.analytics.scoring import bcg_suggestions
    from core.selling.bcg import assess

    seg = segment(_fixture(), date(2024, 12, 31))
    s = bcg_suggestions(seg, {"a": (True, date(2026, 10, 1))}, date(2026, 11, 22))
    scores = {name: {factor: sug.score for factor, sug in s[IDS[name]].items()} for name in IDS}
    assert [scores[n]["growth"] for n in ("Гамма", "Бета", "Альфа", "Вега")] == [1, 2, 3, 4]
    assert scores["Дельта"]["growth"] is None
    assert scores["Альфа"]["potential"] == 1 and scores["Бета"]["potential"] is None
    assert scores["Альфа"]["share_of_wallet"] == 3
    assert scores["Бета"]["share_of_wallet"] is None
    assert scores["Альфа"]["competition"] == 3
    assert scores["Вега"]["competition"] == 1
    assert scores["Бета"]["competition"] is None
    assert scores["Альфа"]["assortment"] == 1 and scores["Бета"]["assortment"] == 3
    assert all(scores[n]["marginality"] is None for n in IDS)
    assert scores["Альфа"]["decision_maker_contact"] == 5  # met 52 days ago
    assert scores["Бета"]["decision_maker_contact"] == 1  # no ЛПР known
    assert s["a"]["share_of_wallet"].reason.english() == "SOW 58% → 3"
    assert s["a"]["growth"].reason.english() == (
        "revenue -4% on the previous window, quintile 3 → 3"
    )
    # Альфа: relationship (3 + 5) / 2 = 4.0 → strong; attractiveness (1 + 3 + 3 + 1) / 4 =
    # 2.0 → low: protect position and income
    used = {f: v.score for f, v in s["a"].items()}
    assert assess(used, {}).strategy == "protect_position"


def test_bcg_table_by_hand():
    """Scores given by hand: Альфа SOW 5 (strong) and potential 1 (low) → protect
    position; Бета and Вега SOW 3 (medium) and potential 5 (high) → invest; Гамма, Дельта
    and Ежик nothing scored → no strategy. Window 2024 revenue: Альфа 12 × 100 − 50 = 1 150 ₽,
    Бета 600 + 400 + 1 000 = 2 000 ₽ in two checks, Вега 500 ₽ in one; total 3 650 ₽ over six
    accounts. Rows in the order of the matrix, the unscored last."""
    from core.analytics.scoring import AccountScores, bcg_table

    seg = segment(_fixture(), date(2024, 12, 31))
    scores = AccountScores.from_scores({
        "a": {"share_of_wallet": 5, "potential": 1},
        "b": {"share_of_wallet": 3, "potential": 5},
        "c": {"share_of_wallet": 3, "potential": 5},
        "d": {},
    })  # fmt: skip
    assert scores.strategy("a") == "protect_position" and scores.strategy("b") == "invest"
    assert scores.strategy("d") is None
    table = bcg_table(seg, scores)
    assert [r["segment"] for r in table.rows] == ["invest", "protect_position", "unscored"]
    invest, protect, unscored = table.rows
    assert invest["revenue"] == 250_000  # kopecks
    assert invest["revenue_share"] == pytest.approx(2500 / 3650)
    assert invest["clients"] == 2 and invest["clients_share"] == pytest.approx(2 / 6)
    assert invest["avg_check"] == pytest.approx(250_000 / 3)
    assert sorted(invest["accounts"]) == ["b", "c"]
    assert protect["revenue"] == 115_000 and protect["accounts"] == ["a"]
    assert protect["gross_profit_share"] == pytest.approx(1150 / 3650)  # no cost: GP = revenue
    assert unscored["clients"] == 3 and unscored["revenue"] == 0
    assert sorted(unscored["accounts"]) == ["d", "e", "f"]
    assert table.total["revenue"] == 365_000 and table.total["clients"] == 6
    assert "no_cost" in table.warnings


def test_the_bulk_scores_follow_the_per_account_rules_on_the_demo(demo_db_file):
    """The same agreement over the 120 accounts of the demo company, its own ЛПР meetings
    and every account's suggestions."""
    from core.accounts.workspace import decision_maker_meetings
    from core.analytics.dataset import load_dataset
    from core.analytics.scoring import _inputs, _suggested_scores, bcg_suggestions
    from core.database import open_database

    db = open_database(str(demo_db_file))
    try:
        data = load_dataset(db.engine, use_cache=False)
        meetings = decision_maker_meetings(db.engine)
    finally:
        db.close()
    seg = segment(data, data.latest_sale.date())
    today = date(2026, 11, 22)
    one_by_one = bcg_suggestions(seg, meetings, today)
    bulk = _suggested_scores(_inputs(seg, meetings, today))
    scored = 0
    for i, account_id in enumerate(one_by_one):
        for factor, values in bulk.items():
            expected = one_by_one[account_id][factor].score
            assert (expected is None and values[i] != values[i]) or expected == values[i]
            scored += expected is not None
    assert scored > 120 * 3  # most accounts have several factors suggested


def test_the_bulk_scores_follow_the_per_account_rules():
    """The levels and strategies of every account are computed at once, without building
    each account's reasons; they must equal the per-account rules (``assess`` over
    ``bcg_suggestions``) for every account and factor, with overrides too."""
    from core.analytics.scoring import _inputs, _suggested_scores, bcg_suggestions
    from core.selling.bcg import FACTORS, assess, assess_many

    seg = segment(_fixture(), date(2024, 12, 31))
    meetings = {"a": (True, date(2026, 10, 1)), "b": (True, None),
                "c": (True, date(2025, 12, 1)), "d": (True, date(2026, 6, 1))}  # fmt: skip
    today = date(2026, 11, 22)
    one_by_one = bcg_suggestions(seg, meetings, today)
    bulk = _suggested_scores(_inputs(seg, meetings, today))
    ids = list(one_by_one)
    overrides = {"b": {"loyalty": 5, "growth": 1}, "e": {"price_orientation": 2}}
    used = {}
    for factor in FACTORS:
        column = []
        for i, account_id in enumerate(ids):
            expected = one_by_one[account_id][factor].score if factor in bulk else None
            got = bulk[factor][i] if factor in bulk else float("nan")
            assert (expected is None and got != got) or expected == got, (account_id, factor)
            column.append(overrides.get(account_id, {}).get(factor, expected))
        used[factor] = np.array([float("nan") if v is None else v for v in column])
    rel, att, strategies = assess_many(used)
    for i, account_id in enumerate(ids):
        suggested = {f: s.score for f, s in one_by_one[account_id].items()}
        single = assess(suggested, overrides.get(account_id, {}))
        assert strategies[i] == single.strategy, account_id
        assert (single.relationship is None and rel[i] != rel[i]) or rel[i] == single.relationship
        assert (single.attractiveness is None and att[i] != att[i]) or (
            att[i] == single.attractiveness
        )
