"""The bundled print font covers every letter of the four languages, and the PDF embeds only it.

A missing glyph would make Qt fall back to whatever font the workstation has (a different layout on
every machine) or print an empty box in a patient's name or a translated sentence.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QFontMetrics

from desktop_app.reports.pdf import bundled_font_family, pdf_bytes, text_document
from desktop_app.services.printing import ensure_qt_app

# Pangrams, plus the letters and signs each language's clinical text and dates use.
PANGRAMS = {
    "en": "The quick brown fox jumps over the lazy dog. 0.41 × 10⁹/L, 38.0 °C, ≥ 48 h, µL",
    "es": "El veloz murciélago hindú comía feliz cardillo y kiwi. La cigüeña tocaba el saxofón detrás del palenque de paja. ¿Cuándo? ¡Ahora! Ñ ñ ü «martes, 24 de noviembre de 2026»",
    "fr": "Voix ambiguë d’un cœur qui, au zéphyr, préfère les jattes de kiwis. Dès Noël, où un zéphyr haï me vêt de glaçons würmiens, je dîne d’exquis rôtis de bœuf au kir. Æ Œ Ÿ « mardi 24 novembre 2026 » 0,41 × 10⁹/l",
    "de": "Victor jagt zwölf Boxkämpfer quer über den großen Sylter Deich. Falsches Üben von Xylophonmusik quält jeden größeren Zwerg. ẞ „Dienstag, 24. November 2026“ 0,41 × 10⁹/l",
}


@pytest.fixture(scope="module")
def family():
    ensure_qt_app()
    return bundled_font_family()


@pytest.mark.parametrize("language", sorted(PANGRAMS))
def test_the_print_font_has_every_glyph(family, language):
    for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
        font = QFont(family)
        font.setWeight(weight)
        metrics = QFontMetrics(font)
        missing = sorted({ch for ch in PANGRAMS[language] if not ch.isspace() and not metrics.inFontUcs4(ord(ch))})
        assert not missing, f"{language}: the bundled font has no glyph for {missing}"


@pytest.mark.parametrize("language", sorted(PANGRAMS))
def test_a_pdf_of_the_pangram_embeds_only_the_bundled_font(family, language):
    text = PANGRAMS[language]
    document = text_document(f"<p>{text}</p><p><b>{text}</b></p>", {}, 11.0)
    reader = PdfReader(io.BytesIO(pdf_bytes(document, "a4")))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            for descendant in descendants or ():
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    f"{font['/BaseFont']} not embedded"
                )
    assert fonts and all("LiberationSans" in name for name in fonts), fonts
    extracted = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for word in text.split()[:6]:
        assert word in extracted, f"{language}: {word!r} did not come back out of the PDF"
