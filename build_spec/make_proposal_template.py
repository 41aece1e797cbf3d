"""Build resources/templates/proposal.docx, the default template of the ABCD proposal.

The template is an ordinary Word document with docxtpl (Jinja) fields; a company may
copy it, restyle it in Word and choose its copy in Settings. Run this script again
after changing the layout here:  python build_spec/make_proposal_template.py
The fields are documented in the README ("The proposal template").

The page is A4 with 20/15 mm margins. Block C's table has fixed columns (№, a wide
item column, unit, quantity, price, discount, amount) over the 175 mm of text width;
its header row repeats on every page, no row splits across pages, and the totals stay
with the last rows.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "proposal.docx"
FONT = "Arial"
ITEM_WIDTHS_MM = (8, 65, 12, 16, 26, 17, 31)  # 175 mm
TCO_WIDTHS_MM = (85, 45, 45)


def _font(style, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if color is not None:
        style.font.color.rgb = color


def _row_flags(row, header: bool = False) -> None:
    """The row never splits across pages; a header row repeats on every page."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))


def _fixed(table, widths_mm: tuple[int, ...]) -> None:
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def _narrow_margins(table, twips: int = 70) -> None:
    """Cell margins of about 1.2 mm left and right, so that headings such as «Кол-во»
    fit their column in any font the reader has."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(twips))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.append(borders)


def _shade(cell, fill: str = "E4E9F1") -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell(cell, text: str, align=None, bold: bool = False, keep: bool = False,
          size: float = 9) -> None:  # fmt: skip
    paragraph = cell.paragraphs[0]
    paragraph.text = ""
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.keep_with_next = keep


def _para(doc, text: str = "", bold: bool = False, align=None, size: float | None = None,
          indent_mm: float | None = None, after: float = 4, keep: bool = False):  # fmt: skip
    paragraph = doc.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    if align is not None:
        paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_after = Pt(after)
    fmt.keep_with_next = keep
    if indent_mm is not None:
        fmt.left_indent = Mm(indent_mm)
    return paragraph


def _field(paragraph, code: str, size_pt: float = 7.5) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    for tag in ("w:sz", "w:szCs"):
        size = OxmlElement(tag)
        size.set(qn("w:val"), str(int(size_pt * 2)))
        rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _bottom_rule(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "4"),
                       ("w:color", "7884A0")):  # fmt: skip
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def _seller_lines(cell_or_doc, first: bool) -> None:
    """The seller's name and requisites: in the letterhead's cell, or as paragraphs."""
    if first:
        _cell(cell_or_doc, "{{ seller.name }}", bold=True, size=11)
    else:
        _para(cell_or_doc, "{{ seller.name }}", bold=True, size=11, after=0)
    cell_or_doc.add_paragraph("{%p for line in seller.lines %}")
    line = cell_or_doc.add_paragraph()
    run = line.add_run("{{ line }}")
    run.font.size = Pt(8)
    line.paragraph_format.space_after = Pt(0)
    cell_or_doc.add_paragraph("{%p endfor %}")


def _letterhead(doc) -> None:
    """With a logo: the logo left, the seller right; without one: the seller alone."""
    _para(doc, "{%p if logo %}", after=0)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _fixed(table, (45, 130))
    left, right = table.rows[0].cells
    _cell(left, "{{ logo }}")
    _seller_lines(right, first=True)
    _para(doc, "{%p elif seller.name %}", after=0)
    _seller_lines(doc, first=False)
    _para(doc, "{%p endif %}", after=0)
    _para(doc, "{%p if seller.name or logo %}", after=0)
    rule = _para(doc, "", after=8)
    _bottom_rule(rule)
    _para(doc, "{%p endif %}", after=0)


def _items_table(doc) -> None:
    right, centre = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=5, cols=7)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ("t.n", "t.item", "t.unit", "t.quantity", "t.price", "t.discount", "t.amount")
    header = table.rows[0]
    for cell, key in zip(header.cells, heads, strict=True):
        _cell(cell, "{{ " + key + " }}", centre, bold=True, size=8)
        _shade(cell)
    _row_flags(header, header=True)
    table.rows[1].cells[0].text = "{%tr for row in items %}"
    values = (
        ("{{ row.n }}", centre),
        ("{{ row.name }}{% if row.sku %} ({{ t.sku }} {{ row.sku }}){% endif %}", None),
        ("{{ row.unit }}", centre),
        ("{{ row.quantity }}", right),
        ("{{ row.price }}", right),
        ("{{ row.discount }}", right),
        ("{{ row.amount }}", right),
    )
    for cell, (text, align) in zip(table.rows[2].cells, values, strict=True):
        _cell(cell, text, align, keep=True)  # a short table stays with its totals
    _row_flags(table.rows[2])
    table.rows[3].cells[0].text = "{%tr endfor %}"
    # the totals: one row per line, the label across the first six columns
    table.rows[4].cells[0].text = "{%tr for r in subtotals %}"
    sub = table.add_row()
    label = sub.cells[0].merge(sub.cells[5])
    _cell(label, "{{ r.label }}:", right, keep=True)
    _cell(sub.cells[6], "{{ r.value }}", right, keep=True)
    _row_flags(sub)
    end = table.add_row()
    end.cells[0].text = "{%tr endfor %}"
    total = table.add_row()
    label = total.cells[0].merge(total.cells[5])
    _cell(label, "{{ t.total }}:", right, bold=True, keep=True)
    _cell(total.cells[6], "{{ total }}", right, bold=True, keep=True)
    _row_flags(total)
    _fixed(table, ITEM_WIDTHS_MM)
    _narrow_margins(table)


def _tco_table(doc) -> None:
    right = WD_ALIGN_PARAGRAPH.RIGHT
    _para(doc, "{%p if tco %}", after=0)
    _para(doc, "{{ tco.title }}", bold=True, after=3, keep=True)
    table = doc.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, ("t.tco_line", "t.tco_ours", "t.tco_theirs"),
                         strict=True):  # fmt: skip
        _cell(cell, "{{ " + key + " }}", WD_ALIGN_PARAGRAPH.CENTER, bold=True, keep=True)
        _shade(cell)
    _row_flags(table.rows[0], header=True)
    table.rows[1].cells[0].text = "{%tr for r in tco.rows %}"
    for cell, (key, align) in zip(
        table.rows[2].cells, (("r.name", None), ("r.ours", right), ("r.theirs", right)),
        strict=True,
    ):  # fmt: skip
        _cell(cell, "{{ " + key + " }}", align, keep=True)
    _row_flags(table.rows[2])
    table.rows[3].cells[0].text = "{%tr endfor %}"
    total = table.add_row()
    for cell, (key, align) in zip(
        total.cells, (("t.tco_total", None), ("tco.ours", right), ("tco.theirs", right)),
        strict=True,
    ):  # fmt: skip
        _cell(cell, "{{ " + key + " }}", align, bold=True)
    _row_flags(total)
    _fixed(table, TCO_WIDTHS_MM)
    _para(doc, "", after=2)
    _para(doc, "{{ tco.verdict }}")
    _para(doc, "{%p endif %}", after=0)


def _lead(doc, loop: str, label: str, body: str, end: str) -> None:
    """A loop of paragraphs that each start with their subject in bold."""
    _para(doc, loop, after=0)
    paragraph = doc.add_paragraph()
    paragraph.add_run(label + ": ").bold = True
    paragraph.add_run(body)
    paragraph.paragraph_format.space_after = Pt(3)
    _para(doc, end, after=0)


def _signature(doc) -> None:
    _para(doc, "{%p if seller.signer_name %}", after=0)
    _para(doc, "{{ t.regards }}", after=14, keep=True)
    table = doc.add_table(rows=1, cols=3)
    _no_borders(table)
    _fixed(table, (70, 50, 55))
    position, line, name = table.rows[0].cells
    _cell(position, "{{ seller.signer_position }}", size=10)
    _cell(line, "____________________", WD_ALIGN_PARAGRAPH.CENTER, size=10)
    _cell(name, "{{ seller.signer_name }}", size=10)
    _row_flags(table.rows[0])
    _para(doc, "{%p endif %}", after=0)


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(20), Mm(15)
    section.top_margin, section.bottom_margin = Mm(15), Mm(18)
    section.footer_distance = Mm(8)
    dark = RGBColor(0x1F, 0x2A, 0x44)
    _font(doc.styles["Normal"], 10)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    _font(doc.styles["Title"], 15, True, dark)
    _font(doc.styles["Heading 2"], 12, True, dark)
    doc.styles["Heading 2"].paragraph_format.space_before = Pt(10)
    doc.styles["Heading 2"].paragraph_format.space_after = Pt(4)
    doc.styles["Heading 2"].paragraph_format.keep_with_next = True

    _letterhead(doc)
    _para(doc, "{%p for line in addressee_lines %}", after=0)
    _para(doc, "{{ line }}", indent_mm=95, after=0)
    _para(doc, "{%p endfor %}", after=0)
    _para(doc, "", after=6)
    _para(doc, "{{ t.title }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=15, after=2)
    _para(doc, "{{ heading }}", align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    _para(doc, "{%p if greeting %}", after=0)
    _para(doc, "{{ greeting }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    _para(doc, "{%p endif %}", after=0)

    doc.add_heading("{{ t.block_a }}", level=2)
    _para(doc, "{%p for text in block_a %}", after=0)
    _para(doc, "{{ text }}")
    _para(doc, "{%p endfor %}", after=0)

    doc.add_heading("{{ t.block_b }}", level=2)
    _para(doc, "{%p for text in block_b %}", after=0)
    _para(doc, "{{ text }}")
    _para(doc, "{%p endfor %}", after=0)
    _para(doc, "{%p for g in factor_groups %}", after=0)
    _para(doc, "{{ g.title }}", bold=True, after=2, keep=True)
    _lead(doc, "{%p for f in g.factors %}", "{{ f.name }}", "{{ f.text }}", "{%p endfor %}")
    _para(doc, "{%p endfor %}", after=0)
    _para(doc, "{%p if elements %}", after=0)
    _para(doc, "{{ t.elements }}: {{ elements }}")
    _para(doc, "{%p endif %}", after=0)

    doc.add_heading("{{ t.block_c }}", level=2)
    _items_table(doc)
    _para(doc, "", after=2)
    _para(doc, "{{ summary }}", after=1, keep=True)
    _para(doc, "{{ in_words }}", bold=True, keep=True)
    _para(doc, "{{ prices_note }}")
    _tco_table(doc)
    _para(doc, "{{ t.terms }}", bold=True, after=3, keep=True)
    _lead(doc, "{%p for term in terms %}", "{{ term.label }}", "{{ term.text }}", "{%p endfor %}")

    doc.add_heading("{{ t.block_d }}", level=2)
    _para(doc, "{{ t.next_step }}: {{ next_step }}")
    _para(doc, "{%p if deadline %}", after=0)
    _para(doc, "{{ deadline }}")
    _para(doc, "{%p endif %}", after=0)
    _para(doc, "{%p if our_contacts %}", after=0)
    _para(doc, "{{ t.our_contacts }}:", after=1, keep=True)
    _para(doc, "{%p for text in our_contacts %}", after=0)
    _para(doc, "{{ text }}", after=1)
    _para(doc, "{%p endfor %}", after=0)
    _para(doc, "{%p endif %}", after=0)
    _para(doc, "", after=10)
    _signature(doc)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run("{{ footer }} · {{ t.page }} ")
    run.font.size = Pt(7.5)
    _field(footer, "PAGE")
    footer.add_run(" {{ t.of }} ").font.size = Pt(7.5)
    _field(footer, "NUMPAGES")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
