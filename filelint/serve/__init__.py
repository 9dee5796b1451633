"""``filelint serve``: a page on this computer to drop filings on and see each problem where it sits.

The server binds to 127.0.0.1 only and answers only requests that carry the random token printed
in its address (as Jupyter does); a post must also come from its own page (the Origin header), so
another site open in the same browser cannot send it a filing. Uploads live in a private temporary
folder that is deleted as soon as the report is made. Nothing is sent anywhere.

Starlette and uvicorn (``pip install "filelint[serve]"``) are imported only by this command.
"""
