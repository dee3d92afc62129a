"""Importing the assigned tasks from the workbooks and CSV files provinces and units send.

files → xlsx_reader / csv_reader (sheets of plain values) → layout (header, columns) → rows
(tasks and cell problems) → plan (add / update / leave, against the inspection's tasks). The
wizard of the tasks page, the clipboard paste and `tocongtac import-tasks` all go this way.
"""
