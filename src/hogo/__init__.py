"""hogo (保護): Japan's system for the protection of personal information, as software.

The package is layered:

* :mod:`hogo.law` — the pure decision layer: facts + a date in, a decision with reasons,
  citations and the law version applied out. No I/O.
* :mod:`hogo.ids` — identifier modules (My Number …) in the style of python-stdnum.
* :mod:`hogo.cli` — the ``hogo`` command line, which reads JSON facts and prints decisions.
"""

__version__ = "0.1.0"
