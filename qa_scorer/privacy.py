"""Masking of personal numbers in every text a report quotes (B2.17.7: 严禁泄露客户资料)."""
from __future__ import annotations

import re
import unicodedata

from .normalise import SPOKEN_DIGIT_CHARACTERS, normalise_digits

# Any run this long is a card, id, mobile or account number: masked whatever rule quoted it.
PERSONAL_NUMBER_DIGITS = 11
_PERSONAL_NUMBER = re.compile(r"\d{11,}[xX]?|\d{17}[xX]")
# Characters that can stand for a digit, written or spoken; fewer than 11 of them, nothing to mask.
_DIGIT_LIKE = re.compile("[０-９" + "".join(sorted(SPOKEN_DIGIT_CHARACTERS)) + "]")
# Full-width digits and letters to ASCII, one character for one, so offsets stay put.
_FULL_WIDTH = {code: unicodedata.normalize("NFKC", chr(code))
               for code in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}


def mask_number(digits: str) -> str:
    """`6222 **** **** 7890` for cards and ids; `138****5678` for mobile numbers."""
    if len(digits) == 11:
        return f"{digits[:3]}****{digits[-4:]}"
    return f"{digits[:4]} **** **** {digits[-4:]}"


def mask_personal_data(text: str) -> str:
    """`text` with every personal number masked, whether written in digits or spoken
    (一三八一二三四五六七八), spaced or not. Short numbers (尾号七八九零, 95559, amounts) stay."""
    if len(_DIGIT_LIKE.findall(text)) < PERSONAL_NUMBER_DIGITS:
        return text
    spoken = normalise_digits(text.translate(_FULL_WIDTH))
    pieces, cursor = [], 0
    for match in _PERSONAL_NUMBER.finditer(spoken.text):
        first = spoken.origin[match.start()]
        last = spoken.origin[match.end() - 1] + 1
        pieces.append(text[cursor:first])
        pieces.append(mask_number(match.group().upper()))
        cursor = last
    pieces.append(text[cursor:])
    return "".join(pieces)
