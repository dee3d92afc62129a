"""Work that moves between laptops: the three-way merge of inspections (`import --merge`,
"Nhận dữ liệu từ máy khác…"), the last synchronised content it starts from, the conflicts it
records, and the package a laptop sends ("Gửi cho máy khác…")."""
