"""Pure domain rules (calendar, deadlines, dates): no I/O beyond shipped data, no Qt, no clock."""
