package dates

import "github.com/verdictnlp/verdict/internal/lexicon"

// mayStart is the cheap test parseAt makes before its sub-parsers, which look up the
// token in several maps each: a date starts only at a digit (a day, a year, a numeric
// date, "5th-7th"), at a capitalised word (a month or a weekday, which count only
// capitalised, or any word opening a sentence), at a season, or at a word that opens a
// relative date. TestDatePrefilterSound checks over the corpus that no token it turns
// away starts a date.
func (p *dateScan) mayStart(i int) bool {
	w := p.w(i)
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if c := p.raw(i)[0]; c >= 'A' && c <= 'Z' || c >= 0x80 && p.capitalised(i) {
		return true
	}
	return relativeStart(w) || seasonKeys.may(w) && isDateWord("seasons", w)
}

// seasonKeys holds the first byte and length of every season word: most words are
// turned away without the two map lookups of isDateWord.
// It reads the lexicon itself, so that it does not hang on the order of init functions.
var seasonKeys = func() (f keyFilter) {
	for _, sec := range lexicon.Sections("dates_calendar") {
		if sec.Name == "seasons" {
			for _, w := range sec.Entries {
				f.add(w)
			}
		}
	}
	return f
}()

// keyFilter has bit l of entry c set when a key starts with byte c and is l bytes
// long (l < 64; longer keys share bit 63).
type keyFilter [256]uint64

func (f *keyFilter) add(k string) {
	if k != "" {
		f[k[0]] |= 1 << min(len(k), 63)
	}
}

func (f *keyFilter) may(k string) bool { return k != "" && f[k[0]]&(1<<min(len(k), 63)) != 0 }

// relativeStart reports the words relativeAt reads a date from: "today", "last
// month", "earlier this year", "the following year".
func relativeStart(w string) bool {
	switch w {
	case "today", "yesterday", "tomorrow", "earlier", "later", "this", "last", "next", "that", "the":
		return true
	}
	return false
}
