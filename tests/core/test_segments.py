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
