"""Every finding filelint reports on the shared corpus of real court PDFs, reviewed.

A rule that fires on a properly filed document is a false positive until shown
otherwise, so each entry says why it is a real departure from the rule it cites (checked by
reading the page, and for geometry by rendering it), or, for info findings, what was found
and why it is only info. Anything filelint reports that is not here fails
tests/test_corpus.py, and so does anything here it stops reporting; the comparison counts
findings (a value ``(n, reason)`` stands for n findings at one place).
An entry whose reason starts "NOT A DEPARTURE" is a finding kept on purpose that is not a
party's departure from the cited rule (an image-only court opinion: filelint cannot read who
wrote it, and says the pages were not read); test_corpus.py holds their share under 5% of
errors and 20% of warnings.
Keys: (file, code, page, line); page and line are None for whole-file or whole-page findings.

Failed redactions (PDF007) are also compared with x-ray's verdicts in test_xray_agreement.py;
their messages give counts and places only, never the text under the box.
"""

SNAPSHOT: dict[tuple[str, str, int | None, int | None], str | tuple[int, str]] = {
    ('empty_zero_bytes.pdf', 'FL001', None, None):
        'MANIFEST: a zero-byte file named .pdf; nothing can be read.',
    ('caed_20cr84_14_detention_response_xray.pdf', 'FL009', None, None):
        "Info: the title 'DEFENDANT'S RESPONSE TO ... REQUEST FOR PRETRIAL DETENTION' is a criminal response that is none of the kinds the type rules know; FL009 says which rule (FR005's party-paper check) did not run because of it.",
    ('cand_17cv3022_513_brief_remedies_redacted.pdf', 'FL009', None, None):
        "Info: 'BRIEFING OF AMAZON AND GOOGLE REGARDING REMEDIES' is a court-ordered brief, not a motion, opposition or reply: the page-limit, notice and issues rules did not run, and FL009 names them.",
    ('cand_19cv4238_223_order_sealing.pdf', 'FL009', None, None):
        "Info: page 1 is 'DEFENDANTS' RESPONSE TO THE COURT'S ORDER ...' (a party paper despite the file name), of a kind the type rules do not know; FL009 names the rules that did not run.",
    ('akd_19cv227_1_p1_hidden_text_on_visible_text.pdf', 'FR005', 1, None):
        "The file is only page 1 of a complaint (x-ray's test asset): the signature page is not in it.",
    ('cand_19cv6669_89_discovery_letter.pdf', 'FR005', 6, 4):
        "Warning: the discovery letter's signature blocks, letterhead and first page give address, telephone and fax but no e-mail address anywhere in its 6 pages (no '@' in the text); Fed. R. Civ. P. 11(a) asks for the signer's e-mail.",
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'LR002', 1, 6):
        (2, "Two warnings on the same line: the MDL caption names no division, and with a five-line counsel block the court's title starts on pleading line 6, above line 8."),
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'LR002', 1, 12):
        "Caption gives 'UNITED STATES DISTRICT COURT / NORTHERN DISTRICT OF CALIFORNIA' and no division (the San Jose case's division is not named).",
    ('cand_19cv5711_74-3_class_cert_motion.pdf', 'LR002', 1, 9):
        "Caption names the court and district but no division; 'Oakland' appears only in counsel's address.",
    ('cand_17cv4992_220_complaint_redacted_xray.pdf', 'LR003', 1, 14):
        "Second amended complaint captioned 'Case No. 5:17-cv-04992' without the assigned judge's initials (the ECF stamp shows -BLF).",
    ('cand_18cv5814_29-1_declaration_exhibits_xray.pdf', 'LR005', 4, None):
        "The declaration's signature page (page 4, before the exhibits) is 596 x 842 pt: an A4 scan.",
    ('cand_17cv3022_513_brief_remedies_redacted.pdf', 'LR006', 29, None):
        "Rendered: the redaction boxes on page 29 cover the left margin, so lines 2-28 have no visible numbers (only '1' survives).",
    ('cand_19cv4238_223_order_sealing.pdf', 'LR007', 4, 25):
        "'Attorneys for Defendants, Vade Secure, ...' in the signature block is set at 11.04 pt.",
    ('cand_17cv4992_220_complaint_redacted_xray.pdf', 'LR008', 73, None):
        (2, 'Two findings: pages 73-80 list the alleged predicate acts single-spaced at 12 pt, up to 50 lines a page (an error), at 12 pt between lines (a warning); lists are not excepted. Rendered: the bulleted acts begin single-spaced at pleading line 14 of page 73 (about 36 lines of text on it). The PDFium reader (the default) finds page 73; the pypdf reader keeps the two spaces after each sentence, which LR008 takes for table rows, and began at page 74 (up to 41 lines).'),
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'LR009', 2, None):
        'Notice pages 2-3 carry only a document-management number and page number in the footer; the title footer starts on page 4.',
    ('cand_18cv5982_198-1_class_cert_memo.pdf', 'LR009', 6, None):
        "Page 6's footer reads 'AMENDED CONSOLIDATED CLASS ACTION COMPLAINT': another paper's title.",
    ('cand_19cv7123_144_reply_motion_compel.pdf', 'LR009', 1, None):
        'The caption page has no footer at all (only the sealing legend).',
    ('cand_16cv3938_163_class_cert_motion_redacted.pdf', 'LR010', 34, None):
        'Class-certification motion: notice page 3 plus memorandum pages 10-48 = 40 pages of text (cover page 1, caption page 2, tables 4-9 and the proof of service on 49 are not counted).',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'LR010', 31, None):
        'MDL opposition: pages 6-46 are argument (41 pages) after caption, contents and authorities; over the default 25 (MDL pretrial orders often allow more: set [packs.ndcal] page-limits).',
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'LR010', 32, None):
        'Notice page 2 plus memorandum pages 8-32 = 26 pages of text (caption 1, signature-only page 3, tables 4-7 not counted); Civil L.R. 7-2(b) puts notice and memorandum in one 25-page paper (page-limit-counts-notice = false gives 25 and silences it).',
    ('cand_18cv4954_212_opposition_daubert.pdf', 'LR010', 32, None):
        'Opposition: pages 7-35 = 29 pages of text after caption and tables (page 3 is a contents page between the two tables); the expert declaration on page 36 is not counted.',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'LR015', 1, None):
        "No heading or statement of the issues to be decided anywhere in the memorandum (searched for 'issue' and 'question'); Civil L.R. 7-4(a)(3).",
    ('cand_18cv4954_212_opposition_daubert.pdf', 'LR015', 1, None):
        'Daubert opposition without a statement of issues.',
    ('cand_18cv5982_198-1_class_cert_memo.pdf', 'LR015', 1, None):
        "Class-certification memorandum: its contents list 'Factual Questions' but no statement of issues.",
    ('cand_19cv5711_74-3_class_cert_motion.pdf', 'LR015', 1, None):
        'Class-certification motion without a statement of issues.',
    ('cand_04cv98_581_scanned_margin_text_only.pdf', 'PDF001', None, None):
        "A party's filing scanned whole (MANIFEST: 'only margin/ECF-stamp text'): no page has a text layer, so no text rule could read it; not text-searchable as CM/ECF requires.",
    ('cand_17cv4992_220_complaint_redacted_xray.pdf', 'PDF001', 32, None):
        'Page 32 of the complaint is a picture of a page (text legible in the image, checked by rendering) with no text layer.',
    ('cand_18cv4954_212_opposition_daubert.pdf', 'PDF001', 20, None):
        'Page 20 of the opposition is flattened to an image with legible text (rendered) and no text layer.',
    ('cand_19cv7123_133-4_declaration_aeo.pdf', 'PDF001', 2, None):
        'Page 2 of the declaration is an image of text (rendered; not only redaction bars) with no text layer.',
    ('cand_19cv7123_133-4_declaration_aeo.pdf', 'PDF001', 3, None):
        'Page 3 of the declaration is an image of text (rendered; not only redaction bars) with no text layer.',
    ('nysd_12cv5708_11_partly_scanned_opinion.pdf', 'PDF001', 1, None):
        "NOT A DEPARTURE (the court's own paper): Page 1 is image-only (MANIFEST: 'PARTLY SCANNED: p1 image-only'). The file is a court opinion, but its first page has no text to say so, so filelint cannot tell who wrote it; the warning is also the notice that no text rule read the page (never a silent 'clean').",
    ('nysd_12cv5708_11_partly_scanned_opinion.pdf', 'PDF001', 15, None):
        "NOT A DEPARTURE (the court's own paper): Page 15 is image-only as well (rendered: a scanned page); same file and reasoning as page 1.",
    ('scotus_slip_opinion_scanned_image_only.pdf', 'PDF001', None, None):
        "NOT A DEPARTURE (the court's own paper): Image-only slip opinion (MANIFEST: 'no text layer at all'): with no text filelint cannot read who wrote it or check anything in it, and says so; counted as a real 'not read' finding, not as a departure by the court.",
    ('ca9_20-16276_19_appellate_brief.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cacd_18cv9321_55-3_declaration_xray.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('caed_20cv713_1_complaint_suspected_redaction.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_08cv2214_27_order_scanned_image_only.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_08cv2448_17_order_images_annots.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_17cv220_1244_expert_report_391p.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_17cv4992_220_complaint_redacted_xray.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_18cv360_147_reply_brief_redacted.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_18cv5814_29-1_declaration_exhibits_xray.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_18cv5982_198-1_class_cert_memo.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_18mc80132_16-6_declaration_xray.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_19cv4238_223_order_sealing.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_19cv4593_79-13_exhibit_policy_scanned.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cand_19cv5639_87_admin_motion_seal.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cod_21cv1061_1_complaint_xray.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cod_21cv1061_1_p7_rectangles_yes.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('ganb_18-53173_35_bankruptcy_schedules.pdf', 'PDF006', 20, None):
        "Info: 'Arial-Black' on page 20 is not embedded (its font dictionary has no FontFile; rendered, the heading prints in a substitute) and is no standard face; info under the pack's default, as no cited rule requires it.",
    ('mdd_17cv1955_57-7_p1_unfilled_rect.pdf', 'PDF006', 1, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('nysd_12cv5708_11_partly_scanned_opinion.pdf', 'PDF006', 2, None):
        'Info: the fonts listed are standard faces under their PostScript or Windows names, not embedded (font dictionaries checked); no cited rule requires embedding them, so info only.',
    ('cacd_18cv9321_55-3_declaration_xray.pdf', 'PDF007', 5, 8):
        'Text still under a dark box on page 5 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p5,6,7 (7 spans)',
    ('cacd_18cv9321_55-3_declaration_xray.pdf', 'PDF007', 6, 26):
        'Text still under a dark box on page 6 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p5,6,7 (7 spans)',
    ('cacd_18cv9321_55-3_declaration_xray.pdf', 'PDF007', 7, 1):
        'Text still under a dark box on page 7 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p5,6,7 (7 spans)',
    ('caed_20cr84_14_detention_response_xray.pdf', 'PDF007', 2, 23):
        'Text still under a dark box on page 2 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2-6 (63 spans)',
    ('caed_20cr84_14_detention_response_xray.pdf', 'PDF007', 3, 1):
        'Text still under a dark box on page 3 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2-6 (63 spans)',
    ('caed_20cr84_14_detention_response_xray.pdf', 'PDF007', 4, 1):
        'Text still under a dark box on page 4 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2-6 (63 spans)',
    ('caed_20cr84_14_detention_response_xray.pdf', 'PDF007', 5, 1):
        'Text still under a dark box on page 5 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2-6 (63 spans)',
    ('caed_20cr84_14_detention_response_xray.pdf', 'PDF007', 6, 16):
        'Text still under a dark box on page 6 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2-6 (63 spans)',
    ('caed_20cv713_1_complaint_suspected_redaction.pdf', 'PDF007', 10, 20):
        'Text still under a dark box on page 10 (masked count in the message; never printed). x-ray 0.3.6 says: clean (x-ray misses it: see tests/test_xray_agreement.py)',
    ('caed_20cv713_1_complaint_suspected_redaction.pdf', 'PDF007', 11, 12):
        'Text still under a dark box on page 11 (masked count in the message; never printed). x-ray 0.3.6 says: clean (x-ray misses it: see tests/test_xray_agreement.py)',
    ('caed_20cv713_1_complaint_suspected_redaction.pdf', 'PDF007', 12, 9):
        'Text still under a dark box on page 12 (masked count in the message; never printed). x-ray 0.3.6 says: clean (x-ray misses it: see tests/test_xray_agreement.py)',
    ('caed_20cv713_1_complaint_suspected_redaction.pdf', 'PDF007', 14, 18):
        'Text still under a dark box on page 14 (masked count in the message; never printed). x-ray 0.3.6 says: clean (x-ray misses it: see tests/test_xray_agreement.py)',
    ('cand_15cv2543_440_order_msj_xray.pdf', 'PDF007', 16, 14):
        'Text still under a dark box on page 16 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p16 (5 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 2, 12):
        'Text still under a dark box on page 2 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 27, 10):
        'Text still under a dark box on page 27 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 28, 1):
        'Text still under a dark box on page 28 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 29, 1):
        'Text still under a dark box on page 29 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 30, 7):
        'Text still under a dark box on page 30 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 31, 19):
        'Text still under a dark box on page 31 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 39, 27):
        'Text still under a dark box on page 39 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 40, 1):
        'Text still under a dark box on page 40 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 41, 1):
        'Text still under a dark box on page 41 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 42, 22):
        'Text still under a dark box on page 42 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 44, 17):
        'Text still under a dark box on page 44 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF007', 45, 1):
        'Text still under a dark box on page 45 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED 12 pages (141 spans)',
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'PDF007', 12, 18):
        'Text still under a dark box on page 12 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p12,13,14,16 (18 spans)',
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'PDF007', 13, 1):
        'Text still under a dark box on page 13 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p12,13,14,16 (18 spans)',
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'PDF007', 14, 7):
        'Text still under a dark box on page 14 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p12,13,14,16 (18 spans)',
    ('cand_17cv3504_93_msj_motion_xray.pdf', 'PDF007', 16, 6):
        'Text still under a dark box on page 16 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p12,13,14,16 (18 spans)',
    ('cand_18cv5814_29-1_declaration_exhibits_xray.pdf', 'PDF007', 8, 26):
        'Text still under a dark box on page 8 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p8 (1 span; form label under a bar: borderline)',
    ('cand_18mc80132_16-6_declaration_xray.pdf', 'PDF007', 3, 1):
        'Text still under a dark box on page 3 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p3 (6 spans)',
    ('cod_21cv1061_1_complaint_xray.pdf', 'PDF007', 7, 7):
        'Text still under a dark box on page 7 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p7,9,10,11 (26 spans)',
    ('cod_21cv1061_1_complaint_xray.pdf', 'PDF007', 9, 17):
        'Text still under a dark box on page 9 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p7,9,10,11 (26 spans)',
    ('cod_21cv1061_1_complaint_xray.pdf', 'PDF007', 10, 13):
        'Text still under a dark box on page 10 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p7,9,10,11 (26 spans)',
    ('cod_21cv1061_1_complaint_xray.pdf', 'PDF007', 11, 4):
        'Text still under a dark box on page 11 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p7,9,10,11 (26 spans)',
    ('cod_21cv1061_1_p7_rectangles_yes.pdf', 'PDF007', 1, 7):
        'Text still under a dark box on page 1 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p1 (3 spans)',
    ('njd_16cv4465_opinion_redacted_xray.pdf', 'PDF007', 2, 14):
        'Text still under a dark box on page 2 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2,5,7,8,10 (56 spans)',
    ('njd_16cv4465_opinion_redacted_xray.pdf', 'PDF007', 5, 1):
        'Text still under a dark box on page 5 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2,5,7,8,10 (56 spans)',
    ('njd_16cv4465_opinion_redacted_xray.pdf', 'PDF007', 7, 7):
        'Text still under a dark box on page 7 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2,5,7,8,10 (56 spans)',
    ('njd_16cv4465_opinion_redacted_xray.pdf', 'PDF007', 8, 1):
        'Text still under a dark box on page 8 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2,5,7,8,10 (56 spans)',
    ('njd_16cv4465_opinion_redacted_xray.pdf', 'PDF007', 10, 7):
        'Text still under a dark box on page 10 (masked count in the message; never printed). x-ray 0.3.6 says: FLAGGED p2,5,7,8,10 (56 spans)',
    ('nysd_19cr725_191_letter_crosshatch.pdf', 'PDF007', 2, 13):
        'Text still under a dark box on page 2 (masked count in the message; never printed). x-ray 0.3.6 says: clean (x-ray misses it: see tests/test_xray_agreement.py)',
    ('nysd_19cr725_191_letter_crosshatch.pdf', 'PDF007', 3, 7):
        'Text still under a dark box on page 3 (masked count in the message; never printed). x-ray 0.3.6 says: clean (x-ray misses it: see tests/test_xray_agreement.py)',
    ('akd_19cv227_1_p1_hidden_text_on_visible_text.pdf', 'PDF008', 1, 12):
        "Two FreeText annotation boxes filled white cover a typo ('TROPPER') on page 1 with the correction typed on top: the covered characters are still in the file (MANIFEST: hidden text over visible text; x-ray misses it).",
    ('akd_19cv227_1_p1_hidden_text_on_visible_text.pdf', 'PDF009', 1, None):
        'Info: The PDF carries 2 comments: 2 text boxes (FreeText) on page 1. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.',
    ('ca9_20-16276_19_appellate_brief.pdf', 'PDF009', None, None):
        "Info: The PDF's Author property 'Tara' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('ca_21-1298_42_scanned_1p.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property 'ocr_pdf_test' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cacd_18cv9321_55-3_declaration_xray.pdf', 'PDF009', None, None):
        (2, "Info: The PDF's Author property 'crice' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only."),
    ('cand_06md1754_18_decl_service_scanned_ocr.pdf', 'PDF009', None, None):
        "Info: The PDF's Author property 'Judge - Howard R. Lloyd' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_06md1754_18_decl_service_scanned_ocr.pdf', 'PDF009', 1, None):
        'Info: Save 1 of 2 (an incremental update) only added to page 1 (a header, stamp, annotation or page); the version before it is still in the file. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.',
    ('cand_08cv2214_27_order_scanned_image_only.pdf', 'PDF009', None, None):
        "Info: The PDF's Subject property 'Image' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_08cv2448_17_order_images_annots.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property 'show_multidocs[1].pdf' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_16md2741_2479_opposition_brief_xray.pdf', 'PDF009', None, None):
        (2, "Info: The PDF's Author property 'Leland.Belew' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only."),
    ('cand_17cv5659_660-5_exhibit_fully_redacted.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property is the word-processor file name 'Finjan brief re Juniper fee submission.docx'. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_18cv5814_29-1_declaration_exhibits_xray.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property is the word-processor file name 'Poynt_Melehani Decl ISO Opp to Mot to Dismiss XXXX-XXXX-3017 v.1'. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_18cv5814_29-1_declaration_exhibits_xray.pdf', 'PDF009', 6, None):
        'Info: The PDF carries 1 comment: a text box (FreeText) on page 6. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.',
    ('cand_18mc80132_16-6_declaration_xray.pdf', 'PDF009', None, None):
        (2, "Info: The PDF's Author property 'btravagl' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only."),
    ('cand_19cv1242_163-29_exhibit_slipsheet.pdf', 'PDF009', None, None):
        "Info: The PDF's Author property 'Amy Roller' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_19cv4238_223_order_sealing.pdf', 'PDF009', None, None):
        "Info: The PDF's Author property 'von Seeburg, Christine' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_19cv5711_74-3_class_cert_motion.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property is the word-processor file name 'Abante v. Total Merchant - Plaintiff's Motion for Class Certification - FINAL.docx'. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_19cv6669_89_discovery_letter.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property is the word-processor file name 'XXXX9307.DOCX'. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cod_21cv1061_1_complaint_xray.pdf', 'PDF009', None, None):
        "Info: The PDF's Author property 'Nancy Kramer' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('ganb_18-53173_35_bankruptcy_schedules.pdf', 'PDF009', None, None):
        "Info: The PDF's Keywords property 'Computer:myatllaw-pc-ash,User:myATLlaw,Windows:NT-6.1' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('mdd_20cv3068_37-1_redline_amended_complaint.pdf', 'PDF009', None, None):
        (2, "Info: The PDF's Author property 'hollan' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only."),
    ('nysd_13cv4384_212_missing_fonts_garbled.pdf', 'PDF009', None, None):
        (2, "Info: The PDF's Author property 'reddickm' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only."),
    ('scotus_slip_opinion_scanned_image_only.pdf', 'PDF009', None, None):
        "Info: The PDF's Title property 'opinion_pdf_text_based.png' does not appear in the filing. - the value is in the file (Info dictionary or annotation checked); no cited rule requires clearing it, so info only.",
    ('cand_19cv4238_223_order_sealing.pdf', 'SO001', 1, 14):
        "Info: the caption reads 'Case No. 3:19-cv-04238-MMC-RMI'; RMI is Magistrate Judge Robert M. Illman, whose standing order no installed pack holds, so his requirements were not checked (said once, as info).",
}
