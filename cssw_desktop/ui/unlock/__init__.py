"""Setting up, unlocking and changing the passphrase; asking for it again before a save."""
