"""The legal facts of a filing, and the vocabulary of legal text they are read with.

Everything a rule needs to know about a filing beyond its raw text lives here: what kind of
paper it is (``doctype``), what each page is (``structure``), its case number (``casenumber``),
the court's file stamps (``ecf``), the hearing it sets (``hearing``), the court's calendar
(``court_calendar``), dates as filings write them (``dates``), number shapes such as social
security, card and account numbers (``numbers``), people's names (``names``), and text search that maps matches back to page and line
(``textsearch``). The engine derives these facts once per document; rules read them and
never re-derive them, and no rule pack imports another pack.
"""
