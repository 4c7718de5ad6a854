"""Register layouts: the columns of each printed book and Excel sheet, and the rows behind them."""
