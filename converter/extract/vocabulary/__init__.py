"""Word tables (boilerplate phrases, credit labels, agencies, licences, month names), one module per concern."""
