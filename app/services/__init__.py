"""Services: one transaction per user action, returning plain data classes."""
