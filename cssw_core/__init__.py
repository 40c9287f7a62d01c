"""What the laptop app and the central service both stand on, free of Qt.

The domain (families, consent records, withdrawals, the rules from the council's leaflet,
canonical JSON and sealing), the sync protocol's models, request and receipt signing,
TLS pinning, enrollment codes and the shared error type. Neither `cssw_desktop` nor
`cssw_central` is imported from here (tests/test_layering.py checks it).
"""
