"""PDF documents of the application (plan, brief): A4, the bundled DejaVu Sans (regular
and bold, licence beside the fonts) so that Cyrillic prints on any machine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "DejaVu"


def new_pdf(
    title: str,
    bottom_margin: float = 15,
    footer: str = "",
    language: str = "ru",
    author: str = "",
) -> Any:
    """An empty A4 document titled ``title`` with the fonts registered as ``FONT``;
    ``footer`` is printed small at the foot of every page, ``{page}`` and ``{nb}`` in it
    standing for the page's number and the number of pages."""
    from fpdf import FPDF

    class Document(FPDF):
        def footer(self) -> None:
            if not footer:
                return
            self.set_y(-12)
            self.set_font(FONT, "", 7.5)
            self.set_text_color(110, 110, 110)
            text = footer.replace("{page}", str(self.page_no()))  # {nb}: fpdf2 at output
            self.cell(0, 5, text, align="C")
            self.set_text_color(0, 0, 0)

    pdf = Document(orientation="portrait", unit="mm", format="A4")
    pdf.set_title(title)
    pdf.set_creator("Fieldbook")
    pdf.set_lang(language)
    if author:
        pdf.set_author(author)
    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=max(bottom_margin, 18 if footer else 0))
    return pdf


def close_fonts(pdf: Any) -> None:
    """Close the font files a document holds open (fontTools reads them lazily): after
    its output, or when a layout is thrown away."""
    for font in getattr(pdf, "fonts", {}).values():
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.close()
