"""The central receiving service: uploads, review, filing (FastAPI + SQLAlchemy)."""
