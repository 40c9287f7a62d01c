"""Training mode on screen: the TRAINING banner and titles on every window of a training
store, and the first-run screen's way into it."""
