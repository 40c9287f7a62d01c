"""Viewing a sealed record as its signed form, and saving it as a PDF."""
