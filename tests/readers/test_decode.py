"""Encoding detection and space normalisation: the bytes decide, never the extension."""

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstally.readers.decode import NotTextError, decode_bytes, normalize_spaces

RU = "Сотрудники КНБ задержали 140 человек, подозреваемых в пропаганде терроризма."
EN = "The National Security Committee said 140 people were detained in Almaty."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(EN.encode("utf-8"), EN, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + RU.encode("utf-8"), RU, id="utf-8-bom"),
        pytest.param(RU.encode("utf-16"), RU, id="utf-16-bom"),
        pytest.param(RU.encode("utf-16-le"), RU, id="utf-16-le-no-bom"),
        pytest.param(EN.encode("utf-16-be"), EN, id="utf-16-be-no-bom"),
        pytest.param(RU.encode("cp1251"), RU, id="cp1251"),
        pytest.param(RU.encode("koi8_r"), RU, id="koi8-r"),
        pytest.param(
            "Café: 12 arrests in Zürich, Genève and Besançon".encode("latin-1"),
            "Café: 12 arrests in Zürich, Genève and Besançon",
            id="latin-1",
        ),
    ],
)
def test_decodes_each_encoding(data: bytes, text: str) -> None:
    assert decode_bytes(data)[0] == text


def test_longer_cp1251_page_is_not_mistaken_for_another_cyrillic_code_page() -> None:
    page = (RU + "\nГлавная > Новости > Происшествия\nНовости по теме\n") * 20
    text, encoding = decode_bytes(page.encode("cp1251"))
    assert text == page
    assert encoding == "cp1251"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(bytes(range(256)) * 8, "binary", id="all-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)) * 5, "binary", id="zip"),
    ],
)
def test_refuses_what_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(NotTextError, match=reason):
        decode_bytes(data)


def test_normalize_keeps_length_for_odd_spaces() -> None:
    raw = "140\u00a0people\u2009detained\u202fin\u3000Almaty"
    assert normalize_spaces(raw) == "140 people detained in Almaty"
    assert len(normalize_spaces(raw)) == len(raw)


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_spaces(text)
    assert normalize_spaces(once) == once
    assert "\r" not in once
    assert "\u00a0" not in once


@given(st.text(alphabet=st.characters(codec="cp1251", exclude_categories=("Cc", "Cs")), min_size=1))
def test_utf8_round_trips(text: str) -> None:
    assert decode_bytes(text.encode("utf-8"))[0] == text
