"""Browser tests: the notebooks in JupyterLab, Notebook 7 and Voila, driven by Chromium."""
