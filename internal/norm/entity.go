package norm

import (
	"strconv"
	"strings"
)

// entities holds the named HTML entities that scraped news text carries in practice.
// Numeric references (&#8217; &#x2019;) are decoded for every code point.
var entities = map[string]rune{
	"amp": '&', "quot": '"', "apos": '\'', "lt": '<', "gt": '>', "nbsp": '\u00A0',
	"lsquo": '\u2018', "rsquo": '\u2019', "ldquo": '\u201C', "rdquo": '\u201D',
	"sbquo": '\u201A', "bdquo": '\u201E', "laquo": '\u00AB', "raquo": '\u00BB',
	"ndash": '\u2013', "mdash": '\u2014', "hellip": '\u2026', "minus": '\u2212',
	"pound": '£', "euro": '€', "copy": '©', "reg": '®', "trade": '™', "deg": '°',
	"middot": '·', "bull": '\u2022', "shy": '\u00AD', "zwj": '\u200D', "zwnj": '\u200C',
	"thinsp": '\u2009', "ensp": '\u2002', "emsp": '\u2003', "prime": '\u2032', "Prime": '\u2033',
	"eacute": 'é', "egrave": 'è', "aacute": 'á', "agrave": 'à', "iacute": 'í', "oacute": 'ó',
	"uacute": 'ú', "ccedil": 'ç', "ouml": 'ö', "uuml": 'ü', "auml": 'ä', "frac12": '½',
	"frac14": '¼', "frac34": '¾', "times": '×', "sect": '§', "para": '¶', "acute": '\u00B4',
}

// entity decodes an HTML character reference at the start of s ("&amp;", "&#8217;",
// "&#x2019;"), returning the rune and the bytes it spans.
func entity(s string) (rune, int, bool) {
	end := strings.IndexByte(s[:min(len(s), 12)], ';')
	if end < 2 {
		return 0, 0, false
	}
	body := s[1:end]
	if body[0] == '#' {
		var v uint64
		var err error
		if len(body) > 1 && (body[1] == 'x' || body[1] == 'X') {
			v, err = strconv.ParseUint(body[2:], 16, 32)
		} else {
			v, err = strconv.ParseUint(body[1:], 10, 32)
		}
		if err != nil || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
			return 0, 0, false
		}
		return rune(v), end + 1, true
	}
	r, ok := entities[body]
	return r, end + 1, ok
}
