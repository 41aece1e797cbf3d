"""Addressees in the dative, worked by hand from Russian grammar (the Petrovich rules
for surnames, the dictionary for positions)."""

from __future__ import annotations

import pytest

from core.declension import (
    addressee,
    dative_name,
    dative_position,
    greeting,
    parse_name,
    signature_name,
)


@pytest.mark.parametrize(
    ("written", "dative"),
    [
        ("Никитина Юлия Петровна", "Никитиной Ю. П."),  # -ина, feminine: -иной
        ("Юлия Петровна Никитина", "Никитиной Ю. П."),  # first name first
        ("Иванов Сергей Александрович", "Иванову С. А."),
        ("Шевчук Олег Иванович", "Шевчуку О. И."),  # a man's -ук declines
        ("Шевчук Ольга Ивановна", "Шевчук О. И."),  # a woman's does not
        ("Черных Анна Игоревна", "Черных А. И."),  # -их never declines
        ("Мамедова Айгуль Рашидовна", "Мамедовой А. Р."),
        ("Соколовская Мария Олеговна", "Соколовской М. О."),  # -ская: -ской
        ("Юлия Никитина", "Никитиной Ю."),
        ("Кузнецова", "Кузнецовой"),
        ("John Smith", "John Smith"),  # not a Russian name: as written
    ],
)
def test_a_surname_in_the_dative_with_initials(written, dative):
    assert dative_name(written) == dative


@pytest.mark.parametrize(
    ("position", "dative"),
    [
        ("Генеральный директор", "Генеральному директору"),
        ("Финансовый директор", "Финансовому директору"),
        ("Директор по закупкам", "Директору по закупкам"),  # the rest stays
        ("Заместитель генерального директора", "Заместителю генерального директора"),
        ("Начальник отдела снабжения", "Начальнику отдела снабжения"),
        ("Заведующий складом", "Заведующему складом"),
        ("Инженер-технолог", "Инженеру-технологу"),
        ("CEO", "CEO"),
    ],
)
def test_a_position_in_the_dative(position, dative):
    assert dative_position(position) == dative


def test_the_name_order_is_read_from_the_patronymic():
    name = parse_name("Сергей Александрович Иванов")
    assert name is not None and (name.last, name.first, name.middle) == (
        "Иванов",
        "Сергей",
        "Александрович",
    )
    assert parse_name("J. Smith") is None


def test_an_addressee_as_a_letter_prints_it():
    assert addressee("Никитина Юлия Петровна", "генеральный директор", "ООО «Альфа»") == [
        "Генеральному директору",
        "ООО «Альфа»",
        "Никитиной Ю. П.",
    ]
    assert addressee("Yulia Nikitina", "CEO", "Alfa LLC", "en") == [
        "Yulia Nikitina",
        "CEO",
        "Alfa LLC",
    ]
    assert addressee("Никитина Юлия Петровна", None, "") == ["Никитиной Ю. П."]


@pytest.mark.parametrize(
    ("names", "language", "expected"),
    [
        (["Никитина Юлия Петровна"], "ru", "Уважаемая Юлия Петровна!"),
        (["Иванов Сергей Александрович"], "ru", "Уважаемый Сергей Александрович!"),
        (["Никитина Юлия Петровна", "Иванов Сергей Александрович"], "ru", "Уважаемые коллеги!"),
        (["John Smith"], "ru", "Добрый день!"),
        (["Yulia Nikitina"], "en", "Dear Yulia Nikitina,"),
        (["Никитина Юлия Петровна"], "en", "Dear Юлия Петровна,"),
        ([], "ru", ""),
    ],
)
def test_the_greeting(names, language, expected):
    assert greeting(names, language) == expected


def test_the_signer_with_initials_first():
    assert signature_name("Соколова Мария Олеговна") == "М. О. Соколова"
    assert signature_name("Maria Sokolova") == "Maria Sokolova"
