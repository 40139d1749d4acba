package dates

import (
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
)

// mayStart is the cheap test parseAt makes before its sub-parsers, which look up the
// token in several maps each. Only these tokens start a date: a digit (a day, a year,
// a numeric date, "5th-7th"), a month or a weekday name or abbreviation, also as
// "mid-March", a season, and a word that opens a relative date (startWords). Any other
// word starts none: the sub-parsers read other words only after one of these.
// TestDatePrefilterSound checks over the corpus that no token it turns away starts a
// date.
func (p *dateScan) mayStart(i int) bool {
	w := p.w(i)
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if !startBits.may(w) || !startWords[w] {
		return false
	}
	return relativeMayStart(w, p.w(i+1))
}

// relativeMayStart reports whether w, a start word, may start a date before next: a
// relative word that needs a word after it (relativeAt) only before one it reads,
// any other start word always. "the" is the commonest word of a text.
func relativeMayStart(w, next string) bool {
	switch w {
	case "the":
		return theNext[next]
	case "this", "last", "next":
		return next == "week" || next == "month" || next == "year"
	case "that":
		return next == "year"
	case "earlier", "later":
		return next == "this"
	}
	return true
}

// theNext holds the words after "the" that start one of theRelative's phrases.
var theNext = func() map[string]bool {
	m := map[string]bool{}
	for k := range theRelative {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
}()

// relativeWords are the words relativeAt reads a date from: "today", "last month",
// "earlier this year", "the following year".
var relativeWords = []string{"today", "yesterday", "tomorrow", "earlier", "later", "this", "last", "next", "that", "the"}

// startWords holds every lower-case word but a number that may start a date: the
// month and weekday names and abbreviations of the calendar lexicon, each also after
// "mid-" (pointAt, fusedRangeAt, the weekday readers), the seasons (yearAt) and the
// relative words. startBits holds a hash of each, so that most words are turned
// away without the map. They read the lexicon themselves, so that they do not hang on
// the order of init functions.
var startWords, startBits = func() (map[string]bool, *wordBits) {
	m := map[string]bool{}
	for _, sec := range lexicon.Sections("calendar") {
		for _, l := range sec.Entries {
			for _, w := range strings.Fields(l) {
				m[w], m["mid-"+w] = true, true
			}
		}
	}
	for _, sec := range lexicon.Sections("dates_calendar") {
		if sec.Name == "seasons" {
			for _, w := range sec.Entries {
				m[w] = true
			}
		}
	}
	for _, w := range relativeWords {
		m[w] = true
	}
	f := new(wordBits)
	for w := range m {
		f.add(w)
	}
	return m, f
}()

// wordBits is a set of word hashes (length, first, second and last bytes): a word
// whose bit is clear is in no set added.
type wordBits [wordBitsN / 64]uint64

const wordBitsN = 4096

func wordHash(w string) uint {
	h := uint(len(w))*0x9e37 ^ uint(w[0])*0x61 ^ uint(w[len(w)-1])*0x3b9 ^ uint(w[min(1, len(w)-1)])*0x1f
	return h % wordBitsN
}

func (f *wordBits) add(w string) {
	if w != "" {
		h := wordHash(w)
		f[h/64] |= 1 << (h % 64)
	}
}

func (f *wordBits) may(w string) bool {
	h := wordHash(w)
	return f[h/64]&(1<<(h%64)) != 0
}
