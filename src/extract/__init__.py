"""tripmine: mine conference trip reports."""
