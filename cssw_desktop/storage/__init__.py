"""The encrypted store on the laptop: keys, SQLCipher database, migrations, repositories.

No Qt here: the command line and plain tests drive all of it.
"""
