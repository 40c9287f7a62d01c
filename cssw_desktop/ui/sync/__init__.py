"""Everything about central on the laptop: enrolling, sending, the outbox, the status bar."""
