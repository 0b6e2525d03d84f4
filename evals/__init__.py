"""Answer-quality evals: question sets with gold citations -> metrics, reports, run-to-run comparison.

``evals`` drives the assistant through its public API (``Assistant.search`` and ``Assistant.ask``);
importing it loads no model, so ``wsis --help`` stays instant.
"""
