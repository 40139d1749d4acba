package dates

import (
	"maps"
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

// mayStart is the cheap test parseDatesInto makes before the sub-parsers, which look
// up the token in several maps each. Only these tokens start a date: a digit (a day, a
// year, a numeric date, "5th-7th"), a month or a weekday name or abbreviation, also as
// "mid-March", a season, and a word that opens a relative date (startWords). Any other
// word starts none: the sub-parsers read other words only after one of these. The
// words are told by their text.WordID (startIDs), so that a token costs one byte
// read, not a hash of its word. TestDatePrefilterSound checks over the corpus that no
// token it turns away starts a date.
func (p *dateScan) mayStart(i int) bool {
	if i < p.lo || i >= p.hi {
		return false
	}
	t := p.toks[i]
	if t.Start == t.End {
		return false
	}
	if c := p.doc.Lower()[t.Start]; c >= '0' && c <= '9' {
		return true
	}
	id := p.doc.WordID(i)
	if !startIDs.Has(id) {
		return false
	}
	if id == theID {
		return i+1 < p.hi && theNextIDs.Has(p.doc.WordID(i+1))
	}
	return relativeMayStart(p.w(i), p.w(i+1))
}

// relativeMayStart reports whether w, a start word but "the", may start a date before
// next: a relative word that needs a word after it (relativeAt) only before one it
// reads, any other start word always. "the", the commonest word of a text, mayStart
// tells by the number of the word after it (theNextIDs).
func relativeMayStart(w, next string) bool {
	switch w {
	case "this", "last", "next":
		return next == "week" || next == "month" || next == "year"
	case "that":
		return next == "year"
	case "earlier", "later":
		return next == "this"
	}
	return true
}

// theNextIDs holds the words after "the" that start one of theRelative's phrases.
var theNextIDs = func() text.WordSet {
	var ws []string
	for k := range theRelative {
		first, _, _ := strings.Cut(k, " ")
		ws = append(ws, first)
	}
	return text.NewWordSet(ws)
}()

var theID = text.Intern("the")

// relativeWords are the words relativeAt reads a date from: "today", "last month",
// "earlier this year", "the following year".
var relativeWords = []string{"today", "yesterday", "tomorrow", "earlier", "later", "this", "last", "next", "that", "the"}

// startWords holds every lower-case word but a number that may start a date: the
// month and weekday names and abbreviations of the calendar lexicon, each also after
// "mid-" (pointAt, fusedRangeAt, the weekday readers), the seasons (yearAt) and the
// relative words. It reads the lexicon itself, so that it does not hang on the
// order of init functions.
var startWords = func() map[string]bool {
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
	return m
}()

// startIDs marks the startWords by their text.WordID.
var startIDs = text.NewWordSet(slices.Collect(maps.Keys(startWords)))
