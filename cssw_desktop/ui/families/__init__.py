"""The families list, a family's page, adding and editing a family, and withdrawing consent."""
