"""Every finding filelint reports on the shared corpus of real court PDFs, reviewed.

A rule that fires on a properly filed document is a false positive until shown
otherwise, so each entry says why it is a real departure from the rule (checked by
reading the page, and for geometry by rendering it). Anything filelint reports that is
not here fails tests/test_corpus.py, and so does anything here it stops reporting.
Keys: (file, code, page, line); page and line are None for whole-file or whole-page findings.
"""

SNAPSHOT: dict[tuple[str, str, int | None, int | None], str] = {
    # ------------------------------------------------------------------ unreadable
    ("empty_zero_bytes.pdf", "FL001", None, None):
        "MANIFEST: a zero-byte file named .pdf; nothing can be read.",

    # ------------------------------------------------------------------ privacy and signature (FR001-FR005)
    ("akd_19cv227_1_p1_hidden_text_on_visible_text.pdf", "FR005", 1, None):
        "The file is only page 1 of a complaint (x-ray's test asset): the signature page is not in it.",

    # ------------------------------------------------------------------ page limits (LR010)
    # filelint cannot see an order granting leave to file excess pages; each count below was
    # checked by hand against the page roles (caption, tables, attachments left out).
    ("cand_16cv3938_163_class_cert_motion_redacted.pdf", "LR010", 34, None):
        "Class-certification motion: notice page 3 plus memorandum pages 10-48 = 40 pages of text "
        "(cover page 1, caption page 2, tables 4-9 and the proof of service on 49 are not counted).",
    ("cand_16md2741_2479_opposition_brief_xray.pdf", "LR010", 31, None):
        "MDL opposition: pages 6-46 are argument (41 pages) after caption, contents and authorities; "
        "over the default 25 (MDL pretrial orders often allow more: set [packs.ndcal] page-limits).",
    ("cand_17cv3504_93_msj_motion_xray.pdf", "LR010", 31, None):
        "Notice pages 2-3 plus memorandum pages 8-32 = 27; Civil L.R. 7-2(b) puts notice and "
        "memorandum in one 25-page paper (page-limit-counts-notice = false gives 25 and silences it).",
    ("cand_18cv360_147_reply_brief_redacted.pdf", "LR010", 19, None):
        "Reply: argument on pages 4-19 and the signature block on page 20 = 17 pages; the reply limit is 15.",
    ("cand_18cv4954_212_opposition_daubert.pdf", "LR010", 32, None):
        "Opposition: pages 7-35 = 29 pages of text after caption and tables (page 3 is a contents "
        "page between the two tables); the expert declaration on page 36 is not counted.",
    ("cand_18cv5982_198-1_class_cert_memo.pdf", "LR010", 31, None):
        "Class-certification memorandum: pages 6-34 = 29 pages of text after caption and tables.",
    ("cand_19cv7123_144_reply_motion_compel.pdf", "LR010", 21, None):
        "Reply ISO motion to compel: pages 6-21 = 16 pages of text after caption and tables (limit 15).",

    # ------------------------------------------------------------------ issues to be decided (LR015, warning)
    ("cand_16md2741_2479_opposition_brief_xray.pdf", "LR015", 1, None):
        "No heading or statement of the issues to be decided anywhere in the memorandum (searched for "
        "'issue' and 'question'); Civil L.R. 7-4(a)(3).",
    ("cand_17cv3504_93_msj_motion_xray.pdf", "LR015", 1, None):
        "Summary-judgment memorandum without a statement of issues (only 'threshold issues' in argument).",
    ("cand_18cv4954_212_opposition_daubert.pdf", "LR015", 1, None):
        "Daubert opposition without a statement of issues.",
    ("cand_18cv5982_198-1_class_cert_memo.pdf", "LR015", 1, None):
        "Class-certification memorandum: its contents list 'Factual Questions' but no statement of issues.",
    ("cand_19cv5711_74-3_class_cert_motion.pdf", "LR015", 1, None):
        "Class-certification motion without a statement of issues.",

    # ------------------------------------------------------------------ caption (LR001-LR003, LR009)
    ("cand_16md2741_2479_opposition_brief_xray.pdf", "LR002", 1, 6):
        "Two warnings on the same line: the MDL caption names no division, and with a five-line "
        "counsel block the court's title starts on pleading line 6, above line 8.",
    ("cand_17cv3504_93_msj_motion_xray.pdf", "LR002", 1, 12):
        "Caption gives 'UNITED STATES DISTRICT COURT / NORTHERN DISTRICT OF CALIFORNIA' and no division "
        "(the San Jose case's division is not named).",
    ("cand_19cv5711_74-3_class_cert_motion.pdf", "LR002", 1, 9):
        "Caption names the court and district but no division; 'Oakland' appears only in counsel's address.",
    ("cand_17cv4992_220_complaint_redacted_xray.pdf", "LR003", 1, 14):
        "Second amended complaint captioned 'Case No. 5:17-cv-04992' without the assigned judge's "
        "initials (the ECF stamp shows -BLF).",
    ("cand_18cv5982_198-1_class_cert_memo.pdf", "LR001", 1, 1):
        "First page lists only pro hac vice counsel, none with a California State Bar number; "
        "Civil L.R. 3-4(a)(2) requires a member of this Court's bar.",
    ("cand_17cv3504_93_msj_motion_xray.pdf", "LR009", 2, None):
        "Notice pages 2-3 carry only a document-management number and page number in the footer; "
        "the title footer starts on page 4.",
    ("cand_18cv5982_198-1_class_cert_memo.pdf", "LR009", 6, None):
        "Page 6's footer reads 'AMENDED CONSOLIDATED CLASS ACTION COMPLAINT': another paper's title.",
    ("cand_19cv7123_144_reply_motion_compel.pdf", "LR009", 1, None):
        "The caption page has no footer at all (only the sealing legend).",

    # ------------------------------------------------------------------ paper, type and spacing (LR005-LR008)
    ("cand_17cv3022_513_brief_remedies_redacted.pdf", "LR006", 29, None):
        "Rendered: the redaction boxes on page 29 cover the left margin, so lines 2-28 have no "
        "visible numbers (only '1' survives).",
    ("cand_18cv5814_29-1_declaration_exhibits_xray.pdf", "LR005", 4, None):
        "The declaration's signature page (page 4, before the exhibits) is 596 x 842 pt: an A4 scan.",
    ("cand_17cv4992_220_complaint_redacted_xray.pdf", "LR007", 19, 3):
        "Paragraph 52's last three lines are set at 11.52 pt.",
    ("cand_17cv4992_220_complaint_redacted_xray.pdf", "LR007", 22, 6):
        "A line at 11.52 pt in the body of page 22.",
    ("cand_19cv4238_223_order_sealing.pdf", "LR007", 4, 25):
        "'Attorneys for Defendants, Vade Secure, ...' in the signature block is set at 11.04 pt.",
    ("cand_17cv4992_220_complaint_redacted_xray.pdf", "LR008", 74, None):
        "Two findings: pages 74-80 list the alleged predicate acts single-spaced at 12 pt, up to 41 "
        "lines a page (an error), at 12 pt between lines (a warning); lists are not excepted.",
}
