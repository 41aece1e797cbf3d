"""Build resources/templates/proposal.docx, the default template of the ABCD proposal.

The template is an ordinary Word document with docxtpl (Jinja) fields; a company may
copy it, restyle it in Word and choose its copy in Settings. Run this script again
after changing the layout here:  python build_spec/make_proposal_template.py
The fields are documented in the README ("The proposal template").
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "resources" / "templates" / "proposal.docx"


def main() -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading("{{ t.title }} № {{ number }}", level=1)
    doc.add_paragraph("{{ client }}")
    doc.add_paragraph("{{ t.date }}: {{ date }}")
    doc.add_paragraph("{{ t.to }}: {{ addressed }}")

    doc.add_heading("A. {{ t.block_a }}", level=2)
    doc.add_paragraph("{{ block_a }}")

    doc.add_heading("B. {{ t.block_b }}", level=2)
    doc.add_paragraph("{{ block_b }}")
    doc.add_paragraph("{{ t.factors }}: {{ factors }}")
    doc.add_paragraph("{{ t.elements }}: {{ elements }}")

    doc.add_heading("C. {{ t.block_c }}", level=2)
    table = doc.add_table(rows=3, cols=6)
    table.style = "Table Grid"
    heads = ("t.item", "t.quantity", "t.price", "t.discount", "t.amount", "t.sku")
    for cell, key in zip(table.rows[0].cells, heads, strict=True):
        cell.text = "{{ " + key + " }}"
    table.rows[1].cells[0].text = "{%tr for row in items %}"
    values = ("row.name", "row.quantity", "row.price", "row.discount", "row.amount", "row.sku")
    for cell, key in zip(table.rows[2].cells, values, strict=True):
        cell.text = "{{ " + key + " }}"
    for cell in table.rows[2].cells[1:5]:
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    end = table.add_row()
    end.cells[0].text = "{%tr endfor %}"
    doc.add_paragraph("{{ t.net }}: {{ net }}")
    doc.add_paragraph("{{ t.vat }}: {{ vat }}")
    total = doc.add_paragraph()
    total.add_run("{{ t.total }}: {{ total }}").bold = True
    doc.add_paragraph("{{ summary }}")
    doc.add_paragraph().add_run("{{ in_words }}").bold = True
    doc.add_paragraph("{%p if tco %}")
    doc.add_paragraph("{{ tco }}")
    doc.add_paragraph("{%p endif %}")

    doc.add_heading("D. {{ t.block_d }}", level=2)
    doc.add_paragraph("{{ t.next_step }}: {{ next_step }}")
    doc.add_paragraph("{{ t.deadline }}: {{ deadline }}")
    doc.add_paragraph("{{ t.valid_until }}: {{ valid_until }}")
    doc.add_paragraph("{{ t.our_contacts }}: {{ our_contacts }}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
