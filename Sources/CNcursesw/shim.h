// What Swift needs to see of wide-character ncurses (see ../shared/notes/ncursesw-from-swift.md).
// SwiftPM drops the -D flags pkg-config reports, so the wide API is switched on here.
#ifndef LECTERN_CNCURSESW_SHIM_H
#define LECTERN_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Declared by glibc only under __USE_XOPEN, which Swift's Glibc module does not see.
extern int wcwidth(wchar_t c);

// C globals Swift 6 rejects as not concurrency-safe, read through functions instead.
static inline WINDOW *lectern_stdscr(void) { return stdscr; }
static inline int lectern_cols(void) { return COLS; }
static inline int lectern_lines(void) { return LINES; }

// Attribute and mouse macros Swift does not import.
static const attr_t LECTERN_A_NORMAL = A_NORMAL;
static const attr_t LECTERN_A_BOLD = A_BOLD;
static const attr_t LECTERN_A_REVERSE = A_REVERSE;
static const attr_t LECTERN_A_UNDERLINE = A_UNDERLINE;
static const attr_t LECTERN_A_DIM = A_DIM;
static const mmask_t LECTERN_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t LECTERN_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t LECTERN_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t LECTERN_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t LECTERN_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;

#endif
