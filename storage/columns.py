"""The sale lines as delimited text, produced by the database engine itself.

Fetching a million lines through the Python driver creates seven million Python
objects and takes seconds; asking the engine for text (SQLite's ``group_concat`` over
rowid ranges, PostgreSQL's ``COPY … TO STDOUT``) and parsing it with a C parser is
several times faster. The caller (core.analytics) parses the chunks; this module
knows only SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.engine import Connection

LINE_FIELDS = (
    "account_id", "date", "doc_no", "sku", "product_group", "amount_kop", "cost_kop",
    "discount_kop",
)  # fmt: skip
# the columns the demo and the importer write, in this order (storage.bulk.bulk_insert)
SALE_LINE_INSERT = (
    "id",
    "created_at",
    "updated_at",
    "account_id",
    "date",
    "doc_no",
    "sku",
    "product_group",
    "quantity",
    "amount_kop",
    "cost_kop",
    "discount_kop",
    "occurrence",
)
CHUNK_ROWS = 250_000
UNIT = "\x1f"  # field separator of the SQLite text (ASCII unit separator)
RECORD = "\x1e"  # record separator (ASCII record separator)


@dataclass(frozen=True)
class TextChunk:
    """Lines as text: fields in :data:`LINE_FIELDS` order; an empty field is NULL.
    ``quoted``: CSV quoting with ``"`` (PostgreSQL); otherwise no quoting at all."""

    data: bytes
    delimiter: str
    terminator: str | None
    quoted: bool


def _clean(column: str) -> str:
    # a separator inside a text value would split the record: replace it with a space
    return f"replace(replace(COALESCE({column}, ''), char(30), ' '), char(31), ' ')"


def _sqlite_chunks(conn: Connection, chunk_rows: int, clean: bool) -> Iterator[TextChunk]:
    low, high = conn.exec_driver_sql("SELECT MIN(rowid), MAX(rowid) FROM sale_line").one()
    if low is None:
        return
    texts = [
        _clean(name) if clean else f"COALESCE({name}, '')"
        for name in ("doc_no", "sku", "product_group")
    ]
    fields = " || char(31) || ".join(
        [
            "account_id",
            "date",
            *texts,
            "amount_kop",
            "COALESCE(cost_kop, '')",
            "COALESCE(discount_kop, '')",
        ]
    )
    sql = (
        f"SELECT group_concat({fields}, char(30)) FROM sale_line "
        "WHERE rowid >= ? AND rowid < ? AND deleted_at IS NULL"
    )
    start = low
    while start <= high:
        text = conn.exec_driver_sql(sql, (start, start + chunk_rows)).scalar()
        start += chunk_rows
        if text:
            yield TextChunk(text.encode("utf-8"), UNIT, RECORD, quoted=False)


def _postgres_chunks(conn: Connection) -> Iterator[TextChunk]:
    raw = conn.connection.driver_connection
    sql = (
        f"COPY (SELECT {', '.join(LINE_FIELDS)} FROM sale_line WHERE deleted_at IS NULL) "
        "TO STDOUT (FORMAT csv)"
    )
    buffer = bytearray()
    with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[union-attr]
        for block in copy:  # the server sends each row as one message: blocks are whole rows
            buffer += block
            if len(buffer) >= 32 * 1024 * 1024:
                yield TextChunk(bytes(buffer), ",", None, quoted=True)
                buffer.clear()
    if buffer:
        yield TextChunk(bytes(buffer), ",", None, quoted=True)


def line_chunks(
    conn: Connection, chunk_rows: int = CHUNK_ROWS, clean: bool = False
) -> Iterator[TextChunk]:
    """Every live sale line, as text chunks of about ``chunk_rows`` lines.

    The importer keeps control characters out of text values, so SQLite's separators
    cannot occur inside one; ``clean`` (a second, slower reading, for data written by
    other means that fails to parse) replaces them in the text columns anyway."""
    if conn.dialect.name == "sqlite":
        yield from _sqlite_chunks(conn, chunk_rows, clean)
    elif conn.dialect.name == "postgresql":
        yield from _postgres_chunks(conn)
    else:  # pragma: no cover - only the two engines of DESIGN.md are supported
        raise NotImplementedError(conn.dialect.name)


# the account's own fields, in the model's order (what an import fills, what the card edits)
ACCOUNT_FIELDS = (
    "name",
    "code",
    "inn",
    "kpp",
    "industry",
    "region",
    "channel",
    "manager",
    "size",
    "potential_kop",
    "capacity_units",
    "status",
    "address",
    "phone",
    "email",
    "notes",
    "lead_source",  # revision 0006
    "event_id",
)
