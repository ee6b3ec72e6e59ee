"""Decoding a laboratory message's bytes before any parsing (issue 17).

Chinese laboratory systems often send GB18030 and say so in MSH-18 (``GB
18030-2000``); some say nothing, some say ``8859/1`` and send GB18030 anyway.
Decoded with a single-byte charset, GB18030 bytes never fail: 张三 silently
becomes "ÕÅÈý". So the bytes are decoded here, strictly, with the charset of
MSH-18 (or the ward's default when MSH-18 is empty), and a decoding that
looks like that trap is refused with the field to fix:

- declared single-byte (ASCII, ISO 8859-1) but the bytes read as UTF-8 or
  GB18030 Chinese → refused;
- declared GB18030 but the bytes are valid multi-byte UTF-8 → refused
  (UTF-8 Chinese read as GB18030 is mojibake too, e.g. "寮犱笁");
- bytes that are not valid in the declared charset → refused.
"""

from __future__ import annotations

from ..logic.lab_import import MalformedMessage

#: HL7 table 0211 names (and common spellings) → Python codec.
HL7_CHARSETS: dict[str, str] = {
    "UNICODE UTF-8": "utf-8",
    "UTF-8": "utf-8",
    "UTF8": "utf-8",
    "GB 18030-2000": "gb18030",
    "GB18030": "gb18030",
    "GB 18030": "gb18030",
    "GBK": "gb18030",
    "GB2312": "gb18030",
    "CNS 11643-1992": "big5",
    "8859/1": "latin-1",
    "ISO-8859-1": "latin-1",
    "ISO IR100": "latin-1",
    "ASCII": "ascii",
}
SINGLE_BYTE = ("latin-1", "ascii", "cp1252")


def codec_for(name: str | None, default: str) -> str:
    """The Python codec of an MSH-18 value (empty: the ward's default)."""
    text = (name or "").strip().upper()
    if not text:
        return default
    codec = HL7_CHARSETS.get(text)
    if codec is None:
        raise MalformedMessage(
            "MSH-18", f"unknown character set {name!r} (known: {', '.join(sorted(HL7_CHARSETS))})"
        )
    return codec


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _reads_as(raw: bytes, codec: str) -> str | None:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _has_cjk(text) else None


def decode(raw: bytes, declared: str | None, default: str, where: str = "MSH-18") -> str:
    """``raw`` as text in the declared charset, refusing the wrong-charset trap."""
    codec = codec_for(declared, default)
    label = declared.strip() if declared and declared.strip() else f"{default} (ward default)"
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    if codec in SINGLE_BYTE and any(b > 0x7F for b in body):
        for guess in ("utf-8", "gb18030"):
            seen = _reads_as(body, guess)
            if seen is not None:
                sample = next(w for w in seen.split("|") if _has_cjk(w))[:12]
                raise MalformedMessage(
                    where,
                    f"says {label} but the bytes are {guess} "
                    f"(reads as {sample!r}); fix the character set",
                )
    if codec == "gb18030" and any(b > 0x7F for b in body):
        seen = _reads_as(body, "utf-8")
        if seen is not None:
            sample = next(w for w in seen.split("|") if _has_cjk(w))[:12]
            raise MalformedMessage(
                where,
                f"says {label} but the bytes are UTF-8 "
                f"(reads as {sample!r}); fix the character set",
            )
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        raise MalformedMessage(where, f"byte {exc.start} is not valid {label}") from None


def msh18(raw: bytes) -> str:
    """MSH-18 read from the raw bytes (ASCII by the standard), before decoding."""
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    if not body.startswith(b"MSH") or len(body) < 8:
        raise MalformedMessage("MSH", "the message does not start with an MSH segment")
    sep = body[3:4]
    first = body.replace(b"\r\n", b"\r").replace(b"\n", b"\r").split(b"\r", 1)[0]
    fields = first.split(sep)
    # fields[0] is "MSH", fields[1] is MSH-2 (MSH-1 is the separator itself): MSH-n = fields[n-1]
    if len(fields) < 18:
        return ""
    value = fields[17].split(body[4:5] or b"^")[0]
    return value.decode("ascii", errors="replace")
