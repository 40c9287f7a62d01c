"""A consent visit with a family: the wizard, the family's screen, drafts that survive."""
