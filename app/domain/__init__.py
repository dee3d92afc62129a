"""Pure Vietnamese domain rules: text, numbers, dates, letters, collation, tasks, counts."""
