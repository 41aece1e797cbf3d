"""`company`: the seller's profile printed on documents, shown and set from the command
line; every value checked as a Russian document needs it (checked by hand below)."""

from __future__ import annotations

import json

from tests.cli.test_cli import run

# Sberbank's published requisites: INN 7707083893 (check digit: 2·7+4·7+10·0+3·7+5·0+
# 9·8+4·3+6·8+8·9 = 14+28+0+21+0+72+12+48+72 = 267; 267 mod 11 = 3 ✓), OGRN
# 1027700132195 (102770013219 mod 11 = 5 ✓), BIK 044525225, correspondent account
# 30101810400000000225: "0" + BIK digits 5–6 ("25") + the account, weighted 7 1 3 …,
# sums to 110 ✓. The settlement account 40702810X00000000001 with the BIK's last three
# digits (225) in front sums to 114 + 3·X: X = 2 makes 120 ✓, X = 3 makes 123 ✗.
GOOD = {
    "name": "ПАО «Пример»",
    "inn": "7707083893",
    "kpp": "773601001",
    "ogrn": "1027700132195",
    "bik": "044525225",
    "account": "40702810200000000001",
    "corr_account": "30101810400000000225",
    "signer_name": "Соколова Мария Олеговна",
    "email": "sales@example.ru",
}


def _set(db, *pairs: str):
    args = [a for pair in pairs for a in ("--set", pair)]
    return run("company", *args, "--db", str(db))


def test_the_profile_is_set_shown_and_checked(tmp_path):
    db = tmp_path / "fb.db"
    done = _set(db, *(f"{k}={v}" for k, v in GOOD.items()))
    assert done.returncode == 0, done.stderr
    shown = json.loads(run("company", "--db", str(db)).stdout)
    assert {k: shown[k] for k in GOOD} == GOOD
    assert shown["number_pattern"] == "КП-{YYYY}-{NNNN}" and shown["logo"] == ""
    for bad, reason in (
        ("inn=7707083894", "the INN 7707083894 is not valid"),
        ("ogrn=1027700132196", "the OGRN 1027700132196 is not valid"),
        ("account=40702810300000000001", "does not match the BIK 044525225"),
        ("kpp=77360100", "the KPP 77360100 is not valid"),
        ("phone=abc", "abc is not a phone number"),
        ("phone=123", "123 is not a valid phone number"),
        ("email=sales", "sales is not an e-mail address"),
        ("number_pattern=КП-{YYYY}", "needs {NNNN}"),
        ("colour=red", "unknown key 'colour'"),
    ):
        result = _set(db, bad)
        assert result.returncode == 1 and reason in result.stderr, (bad, result.stderr)
        assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    # a refused value leaves the profile as it was
    assert json.loads(run("company", "--db", str(db)).stdout)["inn"] == GOOD["inn"]
    # a phone as typed is printed as letters print it
    assert json.loads(_set(db, "phone=8 (495) 123-45-67").stdout)["phone"] == "+7 495 123-45-67"
    cleared = json.loads(_set(db, "email=").stdout)
    assert cleared["email"] == ""
    assert _set(db, "nothing").returncode == 2  # not KEY=VALUE: a usage error


def test_the_logo_is_a_small_image(tmp_path):
    db = tmp_path / "fb.db"
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    text = tmp_path / "logo.txt"
    text.write_text("not an image")
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (1024 * 1024))
    assert json.loads(_set(db, f"logo={png}").stdout)["logo"] == "png, 108 bytes"
    for path, reason in ((text, "not a PNG or JPEG"), (big, "larger than 1 MB"),
                         (tmp_path / "none.png", "does not exist")):  # fmt: skip
        result = _set(db, f"logo={path}")
        assert result.returncode == 1 and reason in result.stderr
