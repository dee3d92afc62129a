"""Qt-free core: domain rules, services, the notice model, exporters, data file and command line."""
