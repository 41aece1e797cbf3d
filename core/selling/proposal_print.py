"""The ABCD proposal as the client receives it: the fields of the DOCX template and the
PDF, in Russian or English.

A Russian КП is a business letter: the seller's letterhead (logo, name, requisites), the
addressees top right in the dative («Генеральному директору ООО «Альфа» Никитиной Ю. П.»),
the number and date, a greeting, blocks A–D as paragraphs, block C as an A4 table (№,
item, unit, quantity, price, discount, amount) with its totals under the amount column,
«Всего наименований N на сумму …» and the total in words, the TCO as a table by cost
line, the terms (prices and VAT, payment, delivery, warranty, validity), and the signer's
block. What the application keeps for itself (buying roles, the discount policy, the
reasons for discounts above it) is never printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import IO, Any

from core.company import logo_bytes, requisites
from core.declension import addressee, greeting, signature_name
from core.formatting import day, money, number, percent
from core.plurals import count
from core.selling.proposal import ECONOMIC_FACTORS, Excess, Item, Totals
from core.selling.tco import LINES, AccountTco, element_name

TEXT: dict[str, dict[str, Any]] = {
    "ru": {
        "title": "Коммерческое предложение",
        "number": "№ {n} от {d}",
        "revision": "ред. {r}",
        "to": "Кому",
        "block_a": "1. Ваша ситуация и задача",
        "block_b": "2. Наше решение и его выгоды",
        "economic": "Экономика сотрудничества",
        "technical": "Поставка, ассортимент и сервис",
        "elements": "Что даёт предложение",
        "block_c": "3. Расчёт",
        "n": "№",
        "item": "Наименование",
        "unit": "Ед.",
        "quantity": "Кол-во",
        "price": "Цена, ₽",
        "discount": "Скидка",
        "amount": "Сумма, ₽",
        "sku": "арт.",
        "discount_total": "Сумма скидки",
        "net": "Итого без НДС",
        "net_no_vat": "Итого",
        "vat": "НДС {r}",
        "no_vat": "Без НДС",
        "total": "Итого к оплате",
        "summary": "Всего наименований {n} на сумму {s} ₽",
        "prices_vat": "Цены указаны в рублях без НДС; НДС {r} начисляется сверху.",
        "prices_no_vat": "Цены указаны в рублях. НДС не облагается.",
        "tco_title": "Совокупная стоимость владения за {y}, ₽",
        "tco_line": "Статья затрат",
        "tco_ours": "Наше предложение",
        "tco_theirs": "Текущий вариант",
        "tco_total": "Итого",
        "tco_saving": "Экономия с нашим предложением: {s} ₽ ({p}).",
        "tco_more": "Наше предложение дороже на {s} ₽ за этот срок.",
        "terms": "Условия",
        "payment": "Оплата",
        "delivery": "Поставка",
        "warranty": "Гарантия",
        "valid_until": "Предложение действительно до",
        "block_d": "4. Решение и следующий шаг",
        "next_step": "Следующий шаг",
        "deadline": "Будем признательны за ваше решение до {d}.",
        "our_contacts": "Контакты",
        "regards": "С уважением,",
        "page": "Стр.",
        "of": "из",
        "tco_lines": {
            "price": "Стоимость покупки",
            "delivery": "Доставка",
            "installation": "Монтаж и пусконаладка",
            "training": "Обучение персонала",
            "financing": "Стоимость предоплаты",
            "consumables": "Расходные материалы",
            "maintenance": "Обслуживание",
            "downtime": "Потери от простоев",
            "other_losses": "Прочие потери",
            "disposal": "Утилизация",
        },
        "factor_names": {
            "acceptable_price": "Обоснованная цена",
            "flexibility": "Гибкие условия",
            "stability": "Стабильность поставок",
            "commitment": "Обязательства поставщика",
            "cost_reduction": "Снижение затрат",
            "availability": "Наличие",
            "variety": "Ассортимент",
            "feedback": "Обратная связь",
            "functionality": "Функциональность",
        },
        "factor_texts": {
            "acceptable_price": "цена складывается из совокупной стоимости владения, а не "
            "только из цены закупки.",
            "flexibility": "условия оплаты и графика поставок подстраиваем под ваш бюджет "
            "и производственный план.",
            "stability": "поставки по согласованному графику, со склада и с резервом под "
            "ваши объёмы.",
            "commitment": "сроки, качество и ответственность сторон закрепляем в договоре.",
            "cost_reduction": "снижаем ваши затраты на доставку, обслуживание и простои.",
            "availability": "позиции в наличии, отгрузка в согласованный срок.",
            "variety": "закрываем потребность одним поставщиком, без поиска аналогов.",
            "feedback": "персональный менеджер и техническая поддержка на связи в рабочее время.",
            "functionality": "характеристики соответствуют вашим техническим требованиям, "
            "документация прилагается.",
        },
    },
    "en": {
        "title": "Commercial proposal",
        "number": "No. {n} of {d}",
        "revision": "rev. {r}",
        "to": "To",
        "block_a": "1. Your situation and task",
        "block_b": "2. Our solution and its benefits",
        "economic": "The economics",
        "technical": "Supply, range and service",
        "elements": "What the offer delivers",
        "block_c": "3. Calculation",
        "n": "No.",
        "item": "Item",
        "unit": "Unit",
        "quantity": "Qty",
        "price": "Price, ₽",
        "discount": "Discount",
        "amount": "Amount, ₽",
        "sku": "SKU",
        "discount_total": "Discount",
        "net": "Total before VAT",
        "net_no_vat": "Total",
        "vat": "VAT {r}",
        "no_vat": "No VAT",
        "total": "Total due",
        "summary": "{n} items, total {s} ₽",
        "prices_vat": "Prices are in roubles before VAT; VAT at {r} is added.",
        "prices_no_vat": "Prices are in roubles; no VAT is charged.",
        "tco_title": "Total cost of ownership over {y}, ₽",
        "tco_line": "Cost line",
        "tco_ours": "Our offer",
        "tco_theirs": "Current option",
        "tco_total": "Total",
        "tco_saving": "Saving with our offer: {s} ₽ ({p}).",
        "tco_more": "Our offer costs {s} ₽ more over this horizon.",
        "terms": "Terms",
        "payment": "Payment",
        "delivery": "Delivery",
        "warranty": "Warranty",
        "valid_until": "Valid until",
        "block_d": "4. Decision and next step",
        "next_step": "Next step",
        "deadline": "We would appreciate your decision by {d}.",
        "our_contacts": "Contacts",
        "regards": "Yours sincerely,",
        "page": "Page",
        "of": "of",
        "tco_lines": {
            "price": "Purchase price",
            "delivery": "Delivery",
            "installation": "Installation and commissioning",
            "training": "Training",
            "financing": "Cost of prepayment",
            "consumables": "Consumables",
            "maintenance": "Maintenance",
            "downtime": "Downtime losses",
            "other_losses": "Other losses",
            "disposal": "Disposal",
        },
        "factor_names": {
            "acceptable_price": "A fair price",
            "flexibility": "Flexible terms",
            "stability": "Reliable supply",
            "commitment": "Commitment",
            "cost_reduction": "Lower costs",
            "availability": "Availability",
            "variety": "Range",
            "feedback": "Responsiveness",
            "functionality": "Functionality",
        },
        "factor_texts": {
            "acceptable_price": "the price follows the total cost of ownership, not the "
            "purchase price alone.",
            "flexibility": "payment and delivery terms fit your budget and production plan.",
            "stability": "deliveries on an agreed schedule, from stock, with a reserve for "
            "your volumes.",
            "commitment": "lead times, quality and responsibilities are fixed in the contract.",
            "cost_reduction": "we lower your costs of delivery, maintenance and downtime.",
            "availability": "the items are in stock and ship on the agreed date.",
            "variety": "one supplier covers the need, with no search for substitutes.",
            "feedback": "a personal manager and technical support during working hours.",
            "functionality": "the specifications meet your technical requirements; the "
            "documentation is included.",
        },
    },
}


def text(language: str) -> dict[str, Any]:
    return TEXT[language if language in TEXT else "ru"]


@dataclass
class ProposalDocument:
    """One proposal as it will be printed."""

    id: str
    account_id: str
    client: str
    number: str  # the company's number, «КП-2026-0042»
    revision: int  # the revision an export will get (the same content: the same one)
    today: date
    dated: date | None  # the revision's date: when it was first exported (None: today)
    addressed: list[tuple[str, str | None]]  # (name, position): the buying roles stay ours
    seller: dict[str, str]
    block_a: str
    block_b: str
    factors: list[str]
    factor_texts: dict[str, str]
    elements: list[str]
    items: list[Item]
    totals: Totals
    excesses: list[Excess]
    tco: AccountTco | None
    next_step: str
    deadline: date | None
    valid_until: date | None
    our_contacts: str
    payment_terms: str = ""
    delivery_terms: str = ""
    warranty_terms: str = ""
    content: dict[str, Any] = field(default_factory=dict)


def amount_in_words(kop: int, language: str = "ru") -> str:
    """The total as a Russian (or English) invoice writes it: roubles in words, kopecks
    in figures: «Сто сорок девять тысяч пятьсот двадцать семь рублей 92 копейки»
    (num2words declines рубль and копейка by the number)."""
    from decimal import Decimal

    from num2words import num2words

    words = num2words(
        Decimal(kop) / 100,
        lang="ru" if language == "ru" else "en",
        to="currency",
        currency="RUB",
        cents=False,
    )
    out = " ".join(str(words).replace(",", ", ").split()).replace(" ,", ",")
    if language == "ru":
        out = out.replace(",", "")  # Russian number words take no commas
    else:
        out = out.replace("roubles, ", "roubles ").replace("rouble, ", "rouble ")
    return out[:1].upper() + out[1:]


def _discount(fraction: float, language: str) -> str:
    """«5 %», «7,5 %»: a decimal only where the discount has one; "" for none."""
    if not fraction:
        return ""
    return percent(fraction, language, 1 if round(fraction * 100, 4) % 1 else 0)


def _listing(names: list[str]) -> str:
    """«снижение затрат, доступность, снижение рисков»: a list inside a sentence."""
    return ", ".join(n[:1].lower() + n[1:] if n[1:2].islower() else n for n in names)


def paragraphs(value: str) -> list[str]:
    """A text typed in the builder as the paragraphs it holds (one per line; empty lines
    dropped), so that the document has paragraphs, not line breaks."""
    return [line.strip() for line in value.splitlines() if line.strip()]


def _tco(doc: ProposalDocument, t: dict[str, Any], language: str) -> dict[str, Any] | None:
    if doc.tco is None:
        return None
    c = doc.tco.comparison()
    rows = [
        {
            "name": t["tco_lines"][name],
            "ours": money(c.ours.by_line[name], language, 0),
            "theirs": money(c.theirs.by_line[name], language, 0),
        }
        for name in LINES
        if c.ours.by_line[name] or c.theirs.by_line[name]
    ]
    if c.saving >= 0:
        share = c.saving_share or 0.0
        verdict = t["tco_saving"].format(s=money(c.saving, language, 0), p=percent(share, language))
    else:
        verdict = t["tco_more"].format(s=money(-c.saving, language, 0))
    return {
        "title": t["tco_title"].format(y=count(doc.tco.years, "year", language)),
        "rows": rows,
        "ours": money(c.ours.total, language, 0),
        "theirs": money(c.theirs.total, language, 0),
        "verdict": verdict,
    }


def _factor_groups(doc: ProposalDocument, t: dict[str, Any]) -> list[dict[str, Any]]:
    groups = []
    for key, codes in (
        ("economic", [f for f in doc.factors if f in ECONOMIC_FACTORS]),
        ("technical", [f for f in doc.factors if f not in ECONOMIC_FACTORS]),
    ):
        if not codes:
            continue
        factors = []
        for code in codes:
            typed = (doc.factor_texts.get(code) or "").strip()
            factors.append(
                {"name": t["factor_names"][code], "text": typed or t["factor_texts"][code]}
            )
        groups.append({"title": t[key], "factors": factors})
    return groups


def _totals_rows(doc: ProposalDocument, t: dict[str, Any], language: str) -> list[dict[str, Any]]:
    tt = doc.totals
    rows = []
    if tt.discount_kop:
        rows.append(
            {"label": t["discount_total"], "value": money(tt.discount_kop, language), "bold": False}
        )
    if tt.vat_rate is None:
        rows.append({"label": t["net_no_vat"], "value": money(tt.net_kop, language), "bold": False})
        rows.append({"label": t["no_vat"], "value": "—", "bold": False})
    else:
        rows.append({"label": t["net"], "value": money(tt.net_kop, language), "bold": False})
        rows.append(
            {
                "label": t["vat"].format(r=percent(tt.vat_rate, language)),
                "value": money(tt.vat_kop, language),
                "bold": False,
            }
        )
    rows.append({"label": t["total"], "value": money(tt.total_kop, language), "bold": True})
    return rows


def context(doc: ProposalDocument, language: str = "ru") -> dict[str, Any]:
    """The template's fields (documented in the README, "The proposal template")."""
    t = text(language)
    seller = doc.seller
    addressees = [addressee(n, p, doc.client, language) for n, p in doc.addressed]
    labels = {k: v for k, v in t.items() if isinstance(v, str)}
    vat = doc.totals.vat_rate
    terms = [
        {"label": t[key], "text": value}
        for key, value in (
            ("payment", doc.payment_terms),
            ("delivery", doc.delivery_terms),
            ("warranty", doc.warranty_terms),
        )
        if value.strip()
    ]
    terms.append({"label": t["valid_until"], "text": day(doc.valid_until, language)})
    totals_rows = _totals_rows(doc, t, language)
    heading = t["number"].format(n=doc.number, d=day(doc.dated or doc.today, language))
    if doc.revision > 1:
        heading += ", " + t["revision"].format(r=doc.revision)
    return {
        "t": labels,
        "language": language,
        "seller": {
            "name": seller.get("name", ""),
            "lines": requisites(seller, language),
            "signer_name": signature_name(seller.get("signer_name", "")),
            "signer_position": seller.get("signer_position", ""),
        },
        "logo": logo_bytes(seller),
        "number": doc.number,
        "revision": doc.revision,
        "heading": heading,
        "date": day(doc.today, language),
        "client": doc.client,
        "addressees": addressees,
        # one paragraph a line, an empty one between two addressees
        "addressee_lines": [
            line for n, lines in enumerate(addressees) for line in ([""] if n else []) + lines
        ],
        "greeting": greeting([n for n, _p in doc.addressed], language),
        "block_a": paragraphs(doc.block_a) or ["—"],
        "block_b": paragraphs(doc.block_b),
        "factor_groups": _factor_groups(doc, t),
        "elements": _listing([element_name(e, language) for e in doc.elements]),
        "items": [
            {
                "n": n,
                "name": i.name,
                "sku": i.sku.replace("-", "\u2011"),  # no line break inside a code
                "unit": i.unit,
                "quantity": number(i.quantity, language),
                "price": money(i.price_kop, language),
                "discount": _discount(i.discount, language),
                "amount": money(i.amount_kop, language),
            }
            for n, i in enumerate(doc.items, 1)
        ],
        "totals": totals_rows,
        "subtotals": totals_rows[:-1],  # the DOCX prints the last (bold) one itself
        "total": money(doc.totals.total_kop, language),
        "summary": t["summary"].format(n=len(doc.items), s=money(doc.totals.total_kop, language)),
        "in_words": amount_in_words(doc.totals.total_kop, language),
        "prices_note": t["prices_no_vat"]
        if vat is None
        else t["prices_vat"].format(r=percent(vat, language)),
        "tco": _tco(doc, t, language),
        "terms": terms,
        "next_step": doc.next_step or "—",
        "deadline": t["deadline"].format(d=day(doc.deadline, language)) if doc.deadline else "",
        "our_contacts": paragraphs(doc.our_contacts),
        "footer": " · ".join(
            p for p in (f"{t['title']} {t['n']} {doc.number}", seller.get("name", "")) if p
        ),
    }


# --- DOCX -----------------------------------------------------------------------------------


def write_docx(template: Path, values: dict[str, Any], out: IO[bytes], author: str) -> None:
    """Render the template; the document's language and properties (title, author = our
    company) are set after, whichever template the company uses."""
    from docx.oxml.ns import qn
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage

    tpl = DocxTemplate(str(template))
    fields = dict(values)
    logo = values.get("logo")
    fields["logo"] = InlineImage(tpl, BytesIO(logo), height=Mm(16)) if logo else ""
    tpl.render(fields, autoescape=True)
    document = tpl.docx
    props = document.core_properties
    props.title = f"{values['t']['title']} {values['heading']}"
    props.author = author or "Fieldbook"
    props.subject = values["client"]
    props.language = "ru-RU" if values["language"] == "ru" else "en-GB"
    props.last_modified_by = author or "Fieldbook"
    lang = "ru-RU" if values["language"] == "ru" else "en-GB"
    for style in document.styles:
        element = getattr(style, "element", None)
        rpr = element.find(qn("w:rPr")) if element is not None else None
        if rpr is None:
            continue
        for found in rpr.findall(qn("w:lang")):
            rpr.remove(found)
        tag = rpr.makeelement(qn("w:lang"), {qn("w:val"): lang, qn("w:eastAsia"): lang})
        rpr.append(tag)
    tpl.save(out)


# --- PDF ------------------------------------------------------------------------------------


def write_pdf(values: dict[str, Any], out: IO[bytes], author: str) -> None:
    """The same document with fpdf2 and the bundled DejaVu Sans: A4, the header row of
    the table repeated on every page, rows and the totals block never split."""
    from fpdf.fonts import FontFace

    from core.pdf import FONT, close_fonts, new_pdf

    t = values["t"]
    ru = values["language"] == "ru"
    pdf = new_pdf(
        f"{t['title']} {values['heading']}",
        footer=f"{values['footer']} · {t['page']} {{page}} {t['of']} {{nb}}",
        language="ru" if ru else "en",
        author=author,
    )
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    width = pdf.epw
    head = FontFace(emphasis="BOLD", size_pt=8.5, fill_color=(228, 233, 241))

    def para(value: str, size: float = 10, bold: bool = False, height: float = 5.2,
             align: str = "L", gap: float = 1.2, x: float | None = None) -> None:  # fmt: skip
        pdf.set_font(FONT, "B" if bold else "", size)
        if x is not None:
            pdf.set_x(x)
        w = 0 if x is None else pdf.w - pdf.r_margin - x
        pdf.multi_cell(w, height, value, new_x="LMARGIN", new_y="NEXT", align=align)
        pdf.ln(gap)

    def lead(label: str, body: str) -> None:
        """A paragraph that starts with its subject in bold (text, never markup)."""
        pdf.set_font(FONT, "B", 10)
        pdf.write(5.2, label + ": ")
        pdf.set_font(FONT, "", 10)
        pdf.write(5.2, body)
        pdf.ln(5.2)
        pdf.ln(0.8)

    def heading(value: str) -> None:
        if pdf.will_page_break(22):
            pdf.add_page()
        pdf.ln(2)
        para(value, 12, True, 6.5, gap=1.5)

    # the letterhead
    top = pdf.get_y()
    seller = values["seller"]
    text_x = pdf.l_margin
    if values.get("logo"):
        pdf.image(BytesIO(values["logo"]), x=pdf.l_margin, y=top, h=16)
        text_x = pdf.l_margin + 45
    if seller["name"]:
        para(seller["name"], 11, True, 5.5, gap=0.5, x=text_x)
    for line in seller["lines"]:
        para(line, 8, False, 4, gap=0, x=text_x)
    pdf.set_y(max(pdf.get_y(), top + 17) + 2)
    pdf.set_draw_color(120, 130, 150)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)
    # the addressees, top right
    for lines in values["addressees"]:
        for line in lines:
            para(line, 10, False, 5, gap=0, x=pdf.l_margin + width * 0.55)
        pdf.ln(2)
    pdf.ln(3)
    para(t["title"], 15, True, 8, align="C", gap=0)
    para(values["heading"], 10, False, 5.5, align="C", gap=4)
    if values["greeting"]:
        para(values["greeting"], 10, True, 5.5, align="C", gap=3)

    heading(t["block_a"])
    for line in values["block_a"]:
        para(line)
    heading(t["block_b"])
    for line in values["block_b"]:
        para(line)
    for group in values["factor_groups"]:
        para(group["title"], 10, True, 5.5, gap=0.8)
        for factor in group["factors"]:
            lead(factor["name"], factor["text"])
    if values["elements"]:
        para(f"{t['elements']}: {values['elements']}")

    # block C: the heading never alone at a page's foot; a table that fits a page is
    # kept whole; a longer one runs over pages with its header row repeated, and its
    # last rows go with the totals, which are never alone on a page
    widths = (8, 65, 12, 16, 26, 17, 31)  # 175 mm: A4 less the margins
    amounts = ("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT")
    rows = [
        (str(r["n"]), r["name"] + (f"\n{t['sku']} {r['sku']}" if r["sku"] else ""), r["unit"],
         r["quantity"], r["price"], r["discount"], r["amount"])
        for r in values["items"]
    ]  # fmt: skip
    heads = (t["n"], t["item"], t["unit"], t["quantity"], t["price"], t["discount"], t["amount"])
    pdf.set_font(FONT, "", 9)

    def row_height(row: tuple[str, ...]) -> float:
        lines = max(
            len(pdf.multi_cell(w - 1.8, 4.8, text, dry_run=True, output="LINES"))
            for w, text in zip(widths, row, strict=True)
        )
        return lines * 4.8 + 1.6

    heights = [row_height(r) for r in rows]
    totals_h = 5.5 * len(values["totals"]) + 24
    header_h = row_height(heads)
    whole = 13 + header_h + sum(heights) + totals_h
    room = pdf.h - pdf.b_margin - pdf.t_margin
    if pdf.will_page_break(min(whole, 13 + header_h + sum(heights[:2]) + 2)) or (
        whole <= room and pdf.will_page_break(whole)
    ):
        pdf.add_page()
    heading(t["block_c"])
    tail = min(2, len(rows))  # the rows that go with the totals

    def calc_table(part: Sequence[tuple[str, ...]], with_heads: bool) -> None:
        pdf.set_font(FONT, "", 9)
        with pdf.table(
            col_widths=widths, width=width, align="LEFT", headings_style=head,
            line_height=4.8, text_align=amounts, repeat_headings=1, padding=(0.8, 0.9),
            first_row_as_headings=with_heads,
        ) as body:  # fmt: skip
            if with_heads:
                body.row(heads)
            for row in part:
                body.row(row)

    first = rows[: len(rows) - tail]
    if first:
        calc_table(first, True)
    if tail:
        # on a new page the last rows get the header row again; under the first part
        # they simply continue its table
        new_page = bool(first) and pdf.will_page_break(sum(heights[len(first) :]) + totals_h)
        if new_page:
            pdf.add_page()
        calc_table(rows[len(first) :], new_page or not first)
    # the totals under the amount column
    label_w, value_w = width - widths[-1] - 2, widths[-1]
    for row in values["totals"]:
        size = 9.5
        pdf.set_font(FONT, "B" if row["bold"] else "", size)
        while pdf.get_string_width(row["value"]) > value_w - 1 and size > 6:
            size -= 0.5  # a very large amount fits its column rather than its label
            pdf.set_font(FONT, "B" if row["bold"] else "", size)
        value_size = size
        pdf.set_font(FONT, "B" if row["bold"] else "", 9.5)
        pdf.cell(label_w, 5.5, row["label"] + ":", align="R")
        pdf.set_font(FONT, "B" if row["bold"] else "", value_size)
        pdf.cell(value_w, 5.5, row["value"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(values["summary"], 10, gap=0.5)
    para(values["in_words"], 10, True)
    para(values["prices_note"], 9)
    tco = values["tco"]
    if tco:
        if pdf.will_page_break(14 + 5 * (len(tco["rows"]) + 2)):
            pdf.add_page()
        pdf.ln(1)
        para(tco["title"], 10, True, 5.5, gap=0.8)
        pdf.set_font(FONT, "", 9)
        with pdf.table(
            col_widths=(85, 45, 45),
            width=width,
            align="LEFT",
            headings_style=head,
            line_height=4.8,
            text_align=("LEFT", "RIGHT", "RIGHT"),
        ) as table:
            table.row((t["tco_line"], t["tco_ours"], t["tco_theirs"]))
            for row in tco["rows"]:
                table.row((row["name"], row["ours"], row["theirs"]))
            table.row((t["tco_total"], tco["ours"], tco["theirs"]), style=FontFace(emphasis="BOLD"))
        pdf.ln(1.5)
        para(tco["verdict"], 10)
    heading(t["terms"])
    for term in values["terms"]:
        lead(term["label"], term["text"])

    heading(t["block_d"])
    para(f"{t['next_step']}: {values['next_step']}")
    if values["deadline"]:
        para(values["deadline"])
    if values["our_contacts"]:
        para(f"{t['our_contacts']}:", gap=0.3)
        for line in values["our_contacts"]:
            para(line, gap=0.3)
    # the signature block stays together
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.ln(6)
    para(t["regards"], 10, gap=4)
    pdf.set_font(FONT, "", 10)
    y = pdf.get_y()
    pdf.multi_cell(70, 5.2, seller["signer_position"] or "", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(pdf.l_margin + 80, y + 4)
    pdf.line(pdf.get_x(), y + 5, pdf.get_x() + 40, y + 5)
    pdf.set_xy(pdf.l_margin + 125, y)
    pdf.cell(50, 5.2, seller["signer_name"], new_x="LMARGIN", new_y="NEXT")
    try:
        pdf.output(out)
    finally:
        close_fonts(pdf)
