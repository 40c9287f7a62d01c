"""The HTTP API: the FastAPI app (`app.create_app`), one module of routes per area, the
signed-request dependency (`device_auth`) and the error answers (`errors`)."""
