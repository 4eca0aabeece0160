"""Printed documents of a case (forms, receipts, slips) as HTML for :mod:`desktop.ui.printing`."""
