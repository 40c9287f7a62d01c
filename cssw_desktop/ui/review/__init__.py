"""The team lead's review desk: records received from the team, returning them, team activity."""
