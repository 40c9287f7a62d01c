"""`cssw-central admin ...`: IT's commands, by topic (teams, laptops, policy, review,
audit, privacy duties); `command` builds the parser and runs the chosen one."""
