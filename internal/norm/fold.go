package norm

import (
	"strings"
	"unicode/utf8"
)

// Fold returns the analysis form of the rune that starts s: the replacement text, the
// number of source bytes it stands for, and whether it differs from the source. HTML
// entities are decoded and their result folded too. Fold never returns n == 0 for a
// non-empty s.
//
// The folds, and why:
//   - quote marks of every shape (curly, low-9, primes, guillemets, backticks) become ' or ",
//     so one rule matches ‘x’, 'x', “x” and "x"; callers that need the mark's direction
//     read the source rune;
//   - dashes and minus signs become '-', ellipses "...";
//   - every space character becomes ' ', zero-width characters, soft hyphens and the BOM
//     disappear;
//   - control characters become ' ' (form feed and line separators become '\n');
//   - invalid UTF-8 becomes U+FFFD, one per bad byte.
func Fold(s string) (repl string, n int, changed bool) {
	c := s[0]
	if c < utf8.RuneSelf {
		switch {
		case c == '&':
			if r, n, ok := entity(s); ok {
				f := foldRune(r)
				if f == "" && !deleted(r) {
					f = string(r)
				}
				return f, n, true
			}
			return "&", 1, false
		case c == '\n':
			return "\n", 1, false
		case c == '\f' || c == '\v':
			return "\n", 1, true
		case c == '\r':
			return "\n", 1, true
		case c < 0x20 || c == 0x7f:
			return " ", 1, true
		case c == '`':
			return "'", 1, true
		}
		return s[:1], 1, false
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size <= 1 {
		return "\uFFFD", 1, true
	}
	if f := foldRune(r); f != "" || deleted(r) {
		return f, size, true
	}
	return s[:size], size, false
}

// deleted reports runes that fold to nothing.
func deleted(r rune) bool {
	switch r {
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return false
}

// foldRune returns the folded form of a non-ASCII rune, or "" when it is kept as it is
// (or deleted: see deleted).
func foldRune(r rune) string {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u2039', '\u203A', '\u00B4', '\uFF07':
		return "'"
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036', '\u00AB', '\u00BB', '\uFF02', '\u301D', '\u301E':
		return `"`
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return "-"
	case '\u2026':
		return "..."
	case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
		'\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\u1680':
		return " "
	case '\u2028', '\u2029', '\u0085':
		return "\n"
	case '\u2022', '\u25CF', '\u25AA', '\u25E6', '\u2023', '\u2043':
		return "\u2022" // bullets are kept as one bullet character; see IsBullet
	}
	if r < 0x20 || (r >= 0x7f && r < 0xa0) {
		return " "
	}
	return ""
}

// String folds a whole string without keeping a map: for short lookup keys and line
// classification. A string that nothing in folds is returned as it is, not copied.
func String(s string) string {
	i := Unchanged(s)
	if i == len(s) {
		return s
	}
	f, n, _ := Fold(s[i:])
	return foldFrom(s, i, f, n)
}

// Unchanged returns the length of the longest prefix of s that folds to itself:
// len(s) when folding leaves s as it is.
func Unchanged(s string) int { return UnchangedFrom(s, 0) }

// UnchangedFrom is Unchanged(s) for an s whose first i bytes are plain (PlainRun's): a
// caller that has read them need not have them read again.
func UnchangedFrom(s string, i int) int {
	for i < len(s) {
		if i = PlainRun(s, i); i == len(s) {
			break
		}
		_, n, changed := Fold(s[i:])
		if changed {
			return i
		}
		i += n
	}
	return len(s)
}

// AppendFrom appends s folded as String folds it to dst, given i = Unchanged(s): the
// caller that has measured the unchanged prefix (to size dst, or to skip a line that
// folds to itself) does not scan it twice.
func AppendFrom(dst []byte, s string, i int) []byte {
	dst = append(dst, s[:i]...)
	for i < len(s) {
		// A run of plain bytes folds to itself: appended at once, not byte by byte.
		j := PlainRun(s, i)
		dst = append(dst, s[i:j]...)
		if j == len(s) {
			break
		}
		f, n, _ := Fold(s[j:])
		dst = append(dst, f...)
		i = j + n
	}
	return dst
}

// PlainRun returns where the run of plain bytes of s from i ends: bytes that Fold
// leaves as they are on their own, printable ASCII other than '&' (which may open an
// entity) and '`'. Such a run needs no Fold call. It passes eight bytes at a time
// while all are plain (most lines are such bytes from end to end), testing them in one
// word: each test keeps to its byte's low seven bits, so that no sum carries into the
// next byte.
func PlainRun(s string, i int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := LE64(s[i:])
		h := x &^ high
		amp, tick := h^(ones*'&'), h^(ones*'`')
		below := ^(h + ones*(0x80-0x20)) // bit 7 set: the byte is below ' '
		del := h + ones                  // bit 7 set: the byte is 0x7f
		eq := ^(amp + ones*0x7f) | ^(tick + ones*0x7f)
		if (x|below|del|eq)&high != 0 {
			break
		}
	}
	for i < len(s) && plain[s[i]] {
		i++
	}
	return i
}

// LE64 reads the first eight bytes of s as a little-endian number (the compiler makes
// it one load): the word the eight-bytes-at-a-time scans test.
func LE64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

var plain = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = c != '&' && c != '`'
	}
	return t
}()

// AppendString appends s folded as String folds it to dst, and reports whether
// folding changed s; when it did not, dst is returned as it was and s itself is the
// folded text. Many lines folded into one buffer cost one allocation, not one each.
func AppendString(dst []byte, s string) ([]byte, bool) {
	i := Unchanged(s)
	if i == len(s) {
		return dst, false
	}
	return AppendFrom(dst, s, i), true
}

// foldFrom folds s whose first i bytes fold to themselves and whose next n fold to f.
func foldFrom(s string, i int, f string, n int) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	b.WriteString(f)
	for i += n; i < len(s); {
		f, n, _ := Fold(s[i:])
		b.WriteString(f)
		i += n
	}
	return b.String()
}

// Decode returns the character that s opens with: an HTML character reference decoded,
// or the first rune (utf8.RuneError for invalid UTF-8).
func Decode(s string) rune {
	if s == "" {
		return utf8.RuneError
	}
	if s[0] == '&' {
		if r, _, ok := entity(s); ok {
			return r
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
