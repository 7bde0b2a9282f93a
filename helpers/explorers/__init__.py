"""The explorers' parts: the shared machinery (:mod:`.core`) and one module per
explorer, each a Python file and its front-end twin (``<name>.py``, ``<name>.js``).

Learners import the explorers from :mod:`helpers.widgets`.
"""
