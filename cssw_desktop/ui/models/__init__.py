"""Qt item models behind the app's tables and lists (tested without widgets)."""
