"""Documents made from sealed records: the PDF of the signed form (rendered in memory)."""
