# The browser app (filled in by the foundation work).
