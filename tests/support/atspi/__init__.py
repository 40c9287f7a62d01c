"""A small AT-SPI client for tests: what Orca sees of the app, over the real accessibility
bus, spoken to with D-Bus directly (jeepney; pyatspi needs the system's GObject bindings,
which the virtual environment does not have).

- `bus.py`: the accessibility bus, its registry and event listening (`AtspiBus`);
- `node.py`: one accessible object and what a screen reader asks of it (`Node`);
- `app.py`: the app as a separate process with accessibility on (`RunningApp`, the
  `atspi_app` fixture).
"""
