"""Training code for retold's small learned components (run by ``make train-...``)."""

__all__: list[str] = []
