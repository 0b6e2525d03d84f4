"""Answer-quality evals: question sets with gold citations -> metrics, reports, run-to-run comparison, a gate.

A library below the product: it imports ``index``/``corpus`` types at most and drives the
assistant through a small Protocol (``evals.protocol.Answerer``); the ``wsis eval`` commands and
the chat's Evals tab are faces in ``assistant/``. Importing it loads no model.
"""
