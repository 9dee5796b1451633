/* The PDFium reader's per-object and per-character questions, asked in C (filelint/readers/pdfium_native.py).

   filelint/readers/pdfium.py asks PDFium, through ctypes, for every page object's matrix, font, size, render
   mode, fill and clip, and for every character's owner and the origins at the ends of runs: about a million
   calls on the shared corpus, each costing ctypes' fixed price. This file asks the same questions of the same
   PDFium functions (their addresses are handed over by Python: nothing is linked here) and hands back flat
   arrays of numbers. It computes nothing the Python code does not: every float is the same operation on the
   same operands, in the same order (built with -ffp-contract=off, so no fused multiply-add changes a last
   bit), and tests/test_reader_differential.py proves the two paths build identical Documents.

   It is optional: where it was not built, the Python code asks the questions itself. */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { float left, top, right, bottom; } Rect;

typedef struct {
    int (*count_objects)(void *page);
    void *(*get_object)(void *page, int index);
    int (*form_count)(void *form);
    void *(*form_object)(void *form, unsigned long index);
    int (*object_type)(void *object);
    int (*object_matrix)(void *object, float *matrix);
    int (*fill_colour)(void *object, unsigned *r, unsigned *g, unsigned *b, unsigned *a);
    int (*font_size)(void *text, float *size);
    int (*render_mode)(void *text);
    void *(*text_font)(void *text);
    void *(*clip_path)(void *object);
    int (*clip_count)(void *clip);
    int (*clip_segments)(void *clip, int path);
    void *(*clip_segment)(void *clip, int path, int index);
    int (*segment_point)(void *segment, float *x, float *y);
    int (*segment_type)(void *segment);
    int (*draw_mode)(void *path, int *fill, int *stroke);
    int (*count_segments)(void *path);
    void *(*get_segment)(void *path, int index);
    void *(*char_object)(void *textpage, int index);
    int (*char_origin)(void *textpage, int index, double *x, double *y);
    int (*glyph_width)(void *font, unsigned code, float size, float *width);
    int (*loose_box)(void *textpage, int index, Rect *box);
} Api;

typedef struct { char *data; long length, capacity, item; } Vec;

enum { TEXT = 1, PATH = 2, IMAGE = 3, FORM = 5, MOVETO = 2 };
enum { TEXT_DOUBLES = 19, TEXT_INTS = 12, RUN_DOUBLES = 8 };
enum { WARN_DEEP = 1, WARN_MANY = 2 };

typedef struct {
    /* items in drawing order: (kind, index, count); kind 1 text (index into texts), 2 a filled path (its
       subpaths: index, count), 3 an image (index into images) */
    Vec items;
    Vec text_handles, text_fonts;  /* void* each */
    Vec text_doubles;              /* TEXT_DOUBLES per text: matrix[6], clip[4], size, last x, last y,
                                      x before last, advance, end box (left, right, bottom, top) */
    Vec text_ints;                 /* TEXT_INTS per text: render mode, fill known, r, g, b, clipped,
                                      has last, has before, has advance, has end box, first piece, pieces */
    Vec subpath_doubles;           /* per subpath: box[4] */
    Vec subpath_ints;              /* per subpath: fill_known, r, g, b, first point, points */
    Vec points;                    /* x, y */
    Vec images;                    /* box[4] */
    Vec pieces;                    /* per text, in order: start, end */
    Vec runs;                      /* RUN_DOUBLES per text (filelint_runs): worked out, size, x, top, end x,
                                      horizontal, visible, size rounded to hundredths */
    Vec warnings;                  /* int codes, in the order met */
    Vec subpath_shown, image_shown; /* (filelint_runs) per subpath and per image: its box on the displayed page,
                                      x0, top, x1, bottom, each rounded to hundredths: layout.box */
    Vec subpath_kinds;             /* (filelint_runs) per subpath: 1 a box, 0 not, 2 four corners for Python to
                                      judge: pdfium.py's _rectangle */
    long objects, max_objects;
    int max_depth, failed;
} Page;

static void *grow(Vec *vec, long count) {
    if (vec->length + count > vec->capacity) {
        long capacity = vec->capacity ? vec->capacity * 2 : 256;
        while (capacity < vec->length + count) capacity *= 2;
        char *data = realloc(vec->data, (size_t)(capacity * vec->item));
        if (!data) return NULL;
        vec->data = data;
        vec->capacity = capacity;
    }
    void *at = vec->data + vec->length * vec->item;
    vec->length += count;
    return at;
}

#define PUSH(page, vec, type, value) do { type *slot_ = grow(&(page)->vec, 1); \
    if (!slot_) { (page)->failed = 1; return; } *slot_ = (value); } while (0)

static void multiply(const double *a, const double *b, double *out) {
    double r[6];
    r[0] = a[0] * b[0] + a[1] * b[2];
    r[1] = a[0] * b[1] + a[1] * b[3];
    r[2] = a[2] * b[0] + a[3] * b[2];
    r[3] = a[2] * b[1] + a[3] * b[3];
    r[4] = a[4] * b[0] + a[5] * b[2] + b[4];
    r[5] = a[4] * b[1] + a[5] * b[3] + b[5];
    memcpy(out, r, sizeof r);
}

static void apply(const double *m, double x, double y, double *out_x, double *out_y) {
    *out_x = x * m[0] + y * m[2] + m[4];
    *out_y = x * m[1] + y * m[3] + m[5];
}

/* Python's min and max: the first of equal values is kept. */
static double least(double a, double b) { return b < a ? b : a; }
static double most(double a, double b) { return b > a ? b : a; }

/* Python's round(value, digits) for 1 or 2 digits: the value correctly rounded to that many decimals (ties to
   even, as printf rounds an exact decimal tie in the default rounding mode), read back as the nearest double, as
   CPython's float rounding does (and float(f"{value:.2f}"), the same digits). */
static double round_to(double value, int digits) {
    /* Where value * 10^digits lies clearly away from a half, its nearest integer n is the rounded value's digits
       (the product's own rounding error, under 2^-53 of it, is far smaller than the margin), and n / 10^digits is
       the double nearest that decimal, as IEEE division rounds. Elsewhere (a tie, or a huge or odd value):
       printf's exact decimal rounding. */
    double scale = digits == 1 ? 10.0 : 100.0, scaled = value * scale;
    if (fabs(value) < 1e6) {
        double whole = floor(scaled), part = scaled - whole;
        if (fabs(part - 0.5) > 1e-6) {
            double rounded = (part < 0.5 ? whole : whole + 1.0) / scale;
            return rounded == 0 ? copysign(0.0, value) : rounded;  /* round(-0.001, 2) is -0.0 */
        }
    }
    char text[400];  /* the widest double printed with two decimals: 309 digits, a sign, a point, two */
    snprintf(text, sizeof text, digits == 1 ? "%.1f" : "%.2f", value);
    return strtod(text, NULL);
}

static double round2(double value) { return round_to(value, 2); }

static const unsigned OPAQUE = 128;

/* The bounding box of the object's clip on the page; 0 where it has none (as _clip_boxes). */
static int clip_box(const Api *api, void *object, const double *parent, double *box) {
    void *clip = api->clip_path(object);
    int paths = api->clip_count(clip);
    int have = 0;
    if (paths <= 0) return 0;
    for (int path = 0; path < paths; path++) {
        int count = api->clip_segments(clip, path);
        double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        int points = 0;
        for (int i = 0; i < count; i++) {
            float fx = 0, fy = 0;
            double x, y;
            api->segment_point(api->clip_segment(clip, path, i), &fx, &fy);
            apply(parent, fx, fy, &x, &y);
            if (!points) { x0 = x1 = x; y0 = y1 = y; }
            else { x0 = least(x0, x); y0 = least(y0, y); x1 = most(x1, x); y1 = most(y1, y); }
            points++;
        }
        if (!points) continue;
        if (!have) { box[0] = x0; box[1] = y0; box[2] = x1; box[3] = y1; have = 1; }
        else {
            box[0] = most(box[0], x0); box[1] = most(box[1], y0);
            box[2] = least(box[2], x1); box[3] = least(box[3], y1);
        }
    }
    return have;
}

static void text_object(const Api *api, Page *page, void *object, const double *matrix, const double *parent) {
    float size = 0;
    unsigned r = 0, g = 0, b = 0, a = 0;
    double clip[4] = {0, 0, 0, 0};
    api->font_size(object, &size);
    int mode = api->render_mode(object);
    void *font = api->text_font(object);
    int known = api->fill_colour(object, &r, &g, &b, &a);
    int clipped = clip_box(api, object, parent, clip);
    long index = page->text_handles.length;
    PUSH(page, text_handles, void *, object);
    PUSH(page, text_fonts, void *, font);
    double *d = grow(&page->text_doubles, TEXT_DOUBLES);
    int *n = grow(&page->text_ints, TEXT_INTS);
    if (!d || !n) { page->failed = 1; return; }
    memset(d, 0, sizeof(double) * TEXT_DOUBLES);
    memset(n, 0, sizeof(int) * TEXT_INTS);
    memcpy(d, matrix, 6 * sizeof(double));
    memcpy(d + 6, clip, 4 * sizeof(double));
    d[10] = size;
    n[0] = mode; n[1] = known ? 1 : 0; n[2] = (int)r; n[3] = (int)g; n[4] = (int)b; n[5] = clipped;
    int *item = grow(&page->items, 3);
    if (!item) { page->failed = 1; return; }
    item[0] = TEXT; item[1] = (int)index; item[2] = 0;
}

static void path_object(const Api *api, Page *page, void *object, const double *matrix) {
    int fill_mode = 0, stroke = 0;
    if (!api->draw_mode(object, &fill_mode, &stroke) || fill_mode == 0) return;
    unsigned r = 0, g = 0, b = 0, a = 0;
    int known = api->fill_colour(object, &r, &g, &b, &a) && a >= OPAQUE;
    int count = api->count_segments(object);
    long first_subpath = page->subpath_ints.length / 6, subpaths = 0;
    double *box = NULL;
    int *ints = NULL;
    for (int i = 0; i < count; i++) {
        void *segment = api->get_segment(object, i);
        float fx = 0, fy = 0;
        double x, y;
        api->segment_point(segment, &fx, &fy);
        apply(matrix, fx, fy, &x, &y);
        if (api->segment_type(segment) == MOVETO || !subpaths) {
            box = grow(&page->subpath_doubles, 4);
            ints = grow(&page->subpath_ints, 6);
            if (!box || !ints) { page->failed = 1; return; }
            box[0] = box[2] = x; box[1] = box[3] = y;
            ints[0] = known; ints[1] = (int)r; ints[2] = (int)g; ints[3] = (int)b;
            ints[4] = (int)(page->points.length / 2); ints[5] = 0;
            subpaths++;
        } else {
            box[0] = least(box[0], x); box[1] = least(box[1], y); box[2] = most(box[2], x); box[3] = most(box[3], y);
        }
        double *point = grow(&page->points, 2);
        if (!point) { page->failed = 1; return; }
        point[0] = x; point[1] = y;
        /* the Vecs may have moved: find this subpath's row again */
        box = (double *)page->subpath_doubles.data + (page->subpath_doubles.length - 4);
        ints = (int *)page->subpath_ints.data + (page->subpath_ints.length - 6);
        ints[5]++;
    }
    if (!subpaths) return;
    int *item = grow(&page->items, 3);
    if (!item) { page->failed = 1; return; }
    item[0] = PATH; item[1] = (int)first_subpath; item[2] = (int)subpaths;
}

static void image_object(Page *page, const double *m) {
    static const double corners[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    for (int i = 0; i < 4; i++) {
        double x, y;
        apply(m, corners[i][0], corners[i][1], &x, &y);
        if (!i) { x0 = x1 = x; y0 = y1 = y; }
        else { x0 = least(x0, x); y0 = least(y0, y); x1 = most(x1, x); y1 = most(y1, y); }
    }
    long index = page->images.length / 4;
    double *box = grow(&page->images, 4);
    int *item = grow(&page->items, 3);
    if (!box || !item) { page->failed = 1; return; }
    box[0] = x0; box[1] = y0; box[2] = x1; box[3] = y1;
    item[0] = IMAGE; item[1] = (int)index; item[2] = 0;
}

static const double IDENTITY[6] = {1, 0, 0, 1, 0, 0};

/* Every object in drawing order, as pdfium.py's _walk: returns 0 where the object limit stopped it. */
static int walk(const Api *api, Page *page, void *holder, int is_form, const double *parent, int is_identity,
                int depth) {
    if (depth > page->max_depth) {
        int *slot = grow(&page->warnings, 1);
        if (slot) *slot = WARN_DEEP; else page->failed = 1;
        return 1;
    }
    int count = is_form ? api->form_count(holder) : api->count_objects(holder);
    for (int i = 0; i < count && !page->failed; i++) {
        void *object = is_form ? api->form_object(holder, (unsigned long)i) : api->get_object(holder, i);
        page->objects++;
        if (page->objects > page->max_objects) {
            int *slot = grow(&page->warnings, 1);
            if (slot) *slot = WARN_MANY; else page->failed = 1;
            return 1;
        }
        int kind = api->object_type(object);
        if (kind != TEXT && kind != PATH && kind != IMAGE && kind != FORM) continue;
        float f[6] = {0, 0, 0, 0, 0, 0};
        double own[6];
        api->object_matrix(object, f);
        for (int k = 0; k < 6; k++) own[k] = f[k];
        if (!is_identity) multiply(own, parent, own);
        if (kind == TEXT) text_object(api, page, object, own, parent);
        else if (kind == PATH) path_object(api, page, object, own);
        else if (kind == IMAGE) image_object(page, own);
        else walk(api, page, object, 1, own, 0, depth + 1);
    }
    return 1;
}

Page *filelint_walk(const Api *api, void *pdf_page, long max_objects, int max_depth) {
    Page *page = calloc(1, sizeof(Page));
    if (!page) return NULL;
    page->items.item = sizeof(int);
    page->text_handles.item = page->text_fonts.item = sizeof(void *);
    page->text_doubles.item = page->subpath_doubles.item = page->points.item = page->images.item = sizeof(double);
    page->text_ints.item = page->subpath_ints.item = page->warnings.item = page->pieces.item = sizeof(int);
    page->runs.item = page->subpath_shown.item = page->image_shown.item = sizeof(double);
    page->subpath_kinds.item = sizeof(int);
    page->max_objects = max_objects;
    page->max_depth = max_depth;
    walk(api, page, pdf_page, 0, IDENTITY, 1, 0);
    return page;
}

/* ---------------------------------------------------------------- characters */

typedef struct { void *handle; long index; } Owner;

static int owner_order(const void *a, const void *b) {
    const Owner *x = a, *y = b;
    return (x->handle > y->handle) - (x->handle < y->handle);
}

static long owner_of(const Owner *owners, long count, void *handle) {
    long low = 0, high = count - 1;
    if (!handle) return -1;
    while (low <= high) {
        long mid = (low + high) / 2;
        if (owners[mid].handle == handle) return owners[mid].index;
        if (owners[mid].handle < handle) low = mid + 1; else high = mid - 1;
    }
    return -1;
}

/* The origin's x and y of the character at index, written at out; returns whether PDFium answered. */
static int origin(const Api *api, void *textpage, int index, double *x, double *y) {
    return api->char_origin(textpage, index, x, y);
}

static int owners_of(const Api *api, Page *page, void *textpage, int count, long *out);

/* Give each text object its characters, as pdfium.py's _characters: ``text`` is the page's text as Python
   made it (one code point per character, line-end hyphens as U+FFFE). Returns 0 on a failed allocation. */
int filelint_characters(const Api *api, Page *page, void *textpage, const unsigned *text, int count) {
    long texts = page->text_handles.length;
    long *owners = malloc(sizeof(long) * (size_t)(count > 0 ? count : 1));
    long *piece_count = calloc((size_t)(texts > 0 ? texts : 1), sizeof(long));
    if (!owners || !piece_count || !owners_of(api, page, textpage, count, owners)) {
        free(owners); free(piece_count); return 0;
    }
    /* A space PDFium made up inside one object (a TJ gap) is that object's. */
    for (int i = 1; i < count - 1; i++)
        if (owners[i] < 0 && text[i] == ' ' && owners[i - 1] >= 0 && owners[i - 1] == owners[i + 1])
            owners[i] = owners[i + 1];
    /* pieces: runs of one owner, in page order, gathered per object */
    for (int i = 0; i < count; i++)
        if (owners[i] >= 0 && (i == 0 || owners[i - 1] != owners[i])) piece_count[owners[i]]++;
    long *first = malloc(sizeof(long) * (size_t)(texts + 1));
    if (!first) { free(owners); free(piece_count); return 0; }
    first[0] = 0;
    for (long t = 0; t < texts; t++) first[t + 1] = first[t] + piece_count[t];
    int *pieces = grow(&page->pieces, 2 * first[texts]);
    if (!pieces && first[texts]) { free(owners); free(piece_count); free(first); return 0; }
    pieces = (int *)page->pieces.data;
    memset(piece_count, 0, sizeof(long) * (size_t)texts);
    for (int i = 0; i < count;) {
        int j = i + 1;
        while (j < count && owners[j] == owners[i]) j++;
        if (owners[i] >= 0) {
            long t = owners[i], at = first[t] + piece_count[t]++;
            pieces[2 * at] = i;
            pieces[2 * at + 1] = j;
        }
        i = j;
    }
    double *doubles = (double *)page->text_doubles.data;
    int *ints = (int *)page->text_ints.data;
    void **fonts = (void **)page->text_fonts.data;
    for (long t = 0; t < texts; t++) {
        double *d = doubles + t * TEXT_DOUBLES;
        int *n = ints + t * TEXT_INTS;
        n[10] = (int)first[t];
        n[11] = (int)piece_count[t];
        if (!piece_count[t]) continue;
        int *last_piece = pieces + 2 * (first[t] + piece_count[t] - 1);
        int last = last_piece[1] - 1;
        double x = 0, y = 0;
        origin(api, textpage, last, &x, &y);
        n[6] = 1; d[11] = x; d[12] = y;
        int before = last_piece[1] - last_piece[0] >= 2 ? last - 1 : (piece_count[t] > 1 ? last_piece[-1] - 1 : -1);
        if (before >= 0) {
            double bx = 0, by = 0;
            origin(api, textpage, before, &bx, &by);
            n[7] = 1; d[13] = bx;
        }
        unsigned code = text[last] == 0xFFFE ? '-' : text[last];
        float width = 0;
        float size = (float)d[10];
        if (fonts[t] && api->glyph_width(fonts[t], code, size, &width) && width > 0) {
            double spacing = 0.0;
            unsigned before_code = before >= 0 ? (text[before] == 0xFFFE ? '-' : text[before]) : 0;
            if (before >= 0 && before_code != ' ' && d[0] != 0) {
                float before_width = 0;
                if (api->glyph_width(fonts[t], before_code, size, &before_width) && before_width > 0) {
                    double measured = (d[11] - d[13]) / d[0] - (double)before_width;
                    double floor = 0.001 * (size != 0 ? (size < 0 ? -(double)size : (double)size) : 1.0);
                    spacing = (measured < 0 ? -measured : measured) > floor ? measured : 0.0;
                }
            }
            n[8] = 1; d[14] = (double)width + spacing;
        } else {
            Rect box;
            if (api->loose_box(textpage, last, &box)) {
                n[9] = 1;
                d[15] = box.left; d[16] = box.right; d[17] = box.bottom; d[18] = box.top;
            }
        }
    }
    free(owners); free(piece_count); free(first);
    return 1;
}

/* Each character's owner: the index of its text object, -1 for none (a character PDFium made up). */
static int owners_of(const Api *api, Page *page, void *textpage, int count, long *out) {
    long texts = page->text_handles.length;
    Owner *owners = malloc(sizeof(Owner) * (size_t)(texts > 0 ? texts : 1));
    void **handles = (void **)page->text_handles.data;
    if (!owners) return 0;
    for (long t = 0; t < texts; t++) { owners[t].handle = handles[t]; owners[t].index = t; }
    qsort(owners, (size_t)texts, sizeof(Owner), owner_order);
    for (int i = 0; i < count; i++) out[i] = owner_of(owners, texts, api->char_object(textpage, i));
    free(owners);
    return 1;
}

/* Where each character of some runs starts on the displayed page, rounded to hundredths: pdfium.py's
   _place_glyphs and _placed. ``pieces`` holds each run's pieces as (start, end) pairs, ``counts`` how many
   pieces each run has; a run's x on the page maps to the displayed x by scale and offset. */
void filelint_glyphs(const Api *api, void *textpage, const int *pieces, const int *counts, const double *scales,
                     const double *offsets, long runs, double *out) {
    long k = 0;
    for (long run = 0; run < runs; run++) {
        double scale = scales[run], offset = offsets[run];
        for (int p = 0; p < counts[run]; p++, pieces += 2)
            for (int i = pieces[0]; i < pieces[1]; i++) {
                double x = 0, y = 0, placed;
                origin(api, textpage, i, &x, &y);
                if (scale == 1.0) placed = offset + x;
                else if (scale == -1.0) placed = offset - x;
                else placed = scale * x + offset;
                out[k++] = round2(placed);
            }
    }
}

void filelint_free(Page *page) {
    if (!page) return;
    Vec *vecs[] = {&page->items, &page->text_handles, &page->text_fonts, &page->text_doubles, &page->text_ints,
                   &page->subpath_doubles, &page->subpath_ints, &page->points, &page->images, &page->pieces,
                   &page->runs, &page->warnings, &page->subpath_shown, &page->image_shown, &page->subpath_kinds};
    for (size_t i = 0; i < sizeof vecs / sizeof vecs[0]; i++) free(vecs[i]->data);
    free(page);
}


/* ---------------------------------------------------------------- runs */

/* (x, distance from the top) on the page as displayed: layout.display_transform. */
static void displayed(int rotation, const double *box, double x, double y, double *out_x, double *out_top) {
    double left = box[0], bottom = box[1], right = box[2], top = box[3];
    if (rotation == 90) { *out_x = y - bottom; *out_top = x - left; }
    else if (rotation == 180) { *out_x = right - x; *out_top = y - bottom; }
    else if (rotation == 270) { *out_x = top - y; *out_top = right - x; }
    else { *out_x = x - left; *out_top = top - y; }
}

/* Where the pen stands after the object's last character: pdfium.py's _pen_after. */
static void pen_after(const double *d, const int *n, const double *direction, double *x, double *y) {
    double origin_x = d[11], origin_y = d[12];
    if (n[8]) {
        *x = origin_x + d[14] * d[0];
        *y = origin_y + d[14] * d[1];
        return;
    }
    if (!n[9]) { *x = origin_x; *y = origin_y; return; }
    const double xs[2] = {d[15], d[16]}, ys[2] = {d[17], d[18]};
    double advance = 0;
    int first = 1;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            double along = (xs[i] - origin_x) * direction[0] + (ys[j] - origin_y) * direction[1];
            if (first || along > advance) advance = along;
            first = 0;
        }
    *x = origin_x + advance * direction[0];
    *y = origin_y + advance * direction[1];
}

/* Each box (x0, y0, x1, y1 in page space) on the displayed page, as layout.box: the displayed corners' least and
   most, rounded to hundredths. Returns 0 on a failed allocation. */
static int shown_boxes(const Vec *boxes, Vec *shown, int rotation, const double *page_box) {
    long count = boxes->length / 4;
    double *out = grow(shown, 4 * count);
    if (!out && count) return 0;
    const double *in = (const double *)boxes->data;
    for (long i = 0; i < count; i++, in += 4, out += 4) {
        double x_a, top_a, x_b, top_b;
        displayed(rotation, page_box, in[0], in[1], &x_a, &top_a);
        displayed(rotation, page_box, in[2], in[3], &x_b, &top_b);
        out[0] = round2(least(x_a, x_b));
        out[1] = round2(least(top_a, top_b));
        out[2] = round2(most(x_a, x_b));
        out[3] = round2(most(top_a, top_b));
    }
    return 1;
}

/* pdf_content.py's _axis_aligned_box over four corners: rounded to tenths, four distinct corners on two distinct
   x and two distinct y. */
static int axis_aligned(const double *points) {
    double xs[4], ys[4];
    for (int i = 0; i < 4; i++) { xs[i] = round_to(points[2 * i], 1); ys[i] = round_to(points[2 * i + 1], 1); }
    int corners = 0, x_values = 0, y_values = 0;
    for (int i = 0; i < 4; i++) {
        int new_corner = 1, new_x = 1, new_y = 1;
        for (int j = 0; j < i; j++) {
            if (xs[i] == xs[j] && ys[i] == ys[j]) new_corner = 0;
            if (xs[i] == xs[j]) new_x = 0;
            if (ys[i] == ys[j]) new_y = 0;
        }
        corners += new_corner; x_values += new_x; y_values += new_y;
    }
    return corners == 4 && x_values == 2 && y_values == 2;  /* four distinct corners: their x and y values are the points' */
}

/* pdfium.py's _rectangle, for each subpath: 1 a box (four corners, a fifth closing the path, axis-aligned), 0 not
   (not four corners), 2 four corners not axis-aligned, which Python judges (its parallelogram test uses
   math.hypot, whose last bit C's hypot need not share). Returns 0 on a failed allocation. */
static int subpath_kinds(Page *page) {
    long count = page->subpath_ints.length / 6;
    int *kinds = grow(&page->subpath_kinds, count);
    if (!kinds && count) return 0;
    const int *ints = (const int *)page->subpath_ints.data;
    const double *points = (const double *)page->points.data;
    for (long i = 0; i < count; i++) {
        const double *p = points + 2 * ints[6 * i + 4];
        int corners = ints[6 * i + 5];
        if (corners == 5 && fabs(p[0] - p[8]) < 0.01 && fabs(p[1] - p[9]) < 0.01) corners = 4;
        kinds[i] = corners != 4 ? 0 : axis_aligned(p) ? 1 : 2;
    }
    return 1;
}

/* Each text object's run on the displayed page, as pdfium.py's _run, for objects whose matrix neither rotates
   nor skews (b = c = 0: the hypotenuses there are plain absolute values); the others are left to Python's
   math.hypot (worked out = 0). Returns 0 on a failed allocation. */
int filelint_runs(Page *page, int rotation, double left, double bottom, double right, double top) {
    long texts = page->text_handles.length;
    const double box[4] = {left, bottom, right, top};
    double *runs = grow(&page->runs, RUN_DOUBLES * texts);
    if (!runs && texts) return 0;
    const double *doubles = (const double *)page->text_doubles.data;
    const int *ints = (const int *)page->text_ints.data;
    for (long t = 0; t < texts; t++) {
        const double *d = doubles + t * TEXT_DOUBLES, *m = d;
        const int *n = ints + t * TEXT_INTS;
        double *run = runs + t * RUN_DOUBLES;
        memset(run, 0, sizeof(double) * RUN_DOUBLES);
        if (m[1] != 0 || m[2] != 0) continue;
        double size = fabs(d[10]) * fabs(m[3]);
        double length = fabs(m[0]);
        if (length == 0) length = 1.0;
        const double direction[2] = {m[0] / length, m[1] / length};
        double x = m[4], y = m[5], end_x = x, end_y = y;
        if (n[6]) pen_after(d, n, direction, &end_x, &end_y);
        double dx, dtop, ahead_x, ahead_top, end_dx, end_top;
        displayed(rotation, box, x, y, &dx, &dtop);
        displayed(rotation, box, x + direction[0], y + direction[1], &ahead_x, &ahead_top);
        int horizontal = ahead_x - dx > 0.9 && fabs(ahead_top - dtop) < 0.3;
        displayed(rotation, box, end_x, end_y, &end_dx, &end_top);
        double middle = (x + end_x) / 2, raised = y + size * 0.3;
        int inside = d[6] - 1 <= middle && middle <= d[8] + 1 && d[7] - 1 <= raised && raised <= d[9] + 1;
        int clipped = n[5] && !inside;
        run[0] = 1;
        run[1] = size;
        run[2] = dx;
        run[3] = dtop;
        run[4] = horizontal ? end_dx : dx;
        run[5] = horizontal;
        run[6] = n[0] != 3 && n[0] != 7 && !clipped;
        run[7] = round2(size);
    }
    return shown_boxes(&page->subpath_doubles, &page->subpath_shown, rotation, box)
        && shown_boxes(&page->images, &page->image_shown, rotation, box) && subpath_kinds(page);
}

/* round_to for the tests (tests/test_reader_differential.py compares it with Python's round over many values). */
double filelint_round(double value, int digits) { return round_to(value, digits); }
