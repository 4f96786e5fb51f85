"""A small corpus written for these tests: a wire report, a statement, an older
unrelated report, and a later follow-up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from retold.document import Document
from retold.ingest.load import ingest_documents
from retold.store import Store, open_store

WIRE = Document(
    id="wire-0301",
    outlet="Northwire",
    published="2025-03-01T09:00",
    title="Floods kill 23 in Mervale",
    text=(
        "Floodwaters swept through the town of Mervale on Sunday, killing 23 people, "
        "regional governor Tomas Kireev said.\n\n"
        "Kireev said 140 people had been injured and about 2,000 residents had been evacuated "
        "from the low-lying districts of Mervale.\n\n"
        '"We have never seen the Lessa river rise this fast," Kireev told reporters at the '
        "town hall.\n\n"
        "Rescue crews from the neighbouring province of Dravna joined the search on Sunday "
        "evening."
    ),
)
STATEMENT = Document(
    id="ministry-0301",
    outlet="Ministry of Health",
    published="2025-03-01T15:00",
    title="Statement on the Mervale floods",
    text=(
        "The Ministry of Health said on Sunday that 12 field hospitals had been set up around "
        "Mervale.\n\n"
        "Health Minister Sara Okonjo said 600 doses of cholera vaccine had been sent to the "
        "town."
    ),
)
OLDER = Document(
    id="port-fire-2024",
    outlet="Coast Herald",
    published="2024-06-10",
    title="Warehouse fire in Casselby",
    text=(
        "A fire in the port of Casselby destroyed 12 warehouses on Friday, fire chief Ana Lutz "
        "said.\n\nNo one was hurt, Lutz said, and the cause of the fire was not yet known."
    ),
)
LATER = Document(
    id="wire-0305",
    outlet="Northwire",
    published="2025-03-05",
    title="Mervale toll rises",
    text=(
        "The death toll from the Mervale floods rose to 37 on Wednesday, regional governor "
        "Tomas Kireev said.\n\n"
        "Kireev said 140 people had been injured and about 2,000 residents had been evacuated "
        "from the low-lying districts of Mervale."
    ),
)
CORPUS = [WIRE, STATEMENT, OLDER, LATER]

# Retold in other words (as a translation would), a figure changed, and the
# statement's claims merged in.
REWRITE = Document(
    id="rewrite-0302",
    outlet="Eastern Post",
    published="2025-03-02",
    title="Deadly water in Mervale",
    text=(
        "As many as 46 people lost their lives when floods hit Mervale on Sunday, according to "
        "the regional governor, Tomas Kireev.\n\n"
        "According to Kireev, 140 people were wounded and some 2,000 inhabitants were moved "
        "out of the town's lower districts.\n\n"
        "The Ministry of Health announced that 12 field hospitals were established near "
        "Mervale, and minister Sara Okonjo said 600 doses of cholera vaccine were delivered."
    ),
)


@pytest.fixture
def corpus_store(nlp: Language) -> Iterator[Store]:
    with open_store("sqlite://") as store:
        ingest_documents(store, nlp, CORPUS)
        yield store
