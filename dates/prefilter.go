package dates

import (
	"maps"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

// mayStart is the cheap test parseDatesInto makes before the sub-parsers, which look
// up the token in several maps each. Only these tokens start a date: a digit (a day, a
// year, a numeric date, "5th-7th"), a month or a weekday name or abbreviation, also as
// "mid-March", a season, and a word that opens a relative date (startWords). Any other
// word starts none: the sub-parsers read other words only after one of these. A token
// is told by its text.WordID through p.kinds (startKinds), so that most cost one byte
// read: only a word in no lexicon (a number among them) has its first byte read from
// the text. TestDatePrefilterSound checks over the corpus that no token it turns away
// starts a date.
func (p *dateScan) mayStart(i int) bool {
	if i < p.lo || i >= p.hi {
		return false
	}
	id := p.doc.WordID(i)
	switch p.kinds[id] {
	case notStart:
		if id != text.NoWord {
			return false
		}
		return digitFirst(p.toks[i], p.doc.Text())
	case digitStart:
		return true
	}
	if id == theID {
		return i+1 < p.hi && theNextIDs.Has(p.doc.WordID(i+1))
	}
	return relativeMayStart(p.w(i), p.w(i+1))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digitFirst reports a token of the analysis text txt whose word opens with a digit.
func digitFirst(t text.Token, txt string) bool { return t.Start < t.End && isDigit(txt[t.Start]) }

// startKind is what mayStart knows of a word of the vocabulary by its WordID alone.
type startKind uint8

const (
	notStart   startKind = iota // no startWords word, and no number: NoWord too
	digitStart                  // a word of the lexicons that opens with a digit
	wordStart                   // a startWords word
)

// startTable is the last table startKinds built, for the whole vocabulary then.
var startTable atomic.Pointer[[]startKind]

// startKinds returns the startKind of every word of a Document's vocabulary of
// vocabSize words. The vocabulary is complete once the packages have initialised, so
// the table is built on the first call and read after; a Document parsed with more
// words than the table knows has it built again.
func startKinds(vocabSize int) []startKind {
	if t := startTable.Load(); t != nil && len(*t) >= vocabSize {
		return *t
	}
	t := make([]startKind, max(vocabSize, text.VocabSize()))
	for id := range t {
		switch w := text.VocabWord(text.WordID(id)); {
		case w == "":
		case isDigit(w[0]):
			t[id] = digitStart
		case startIDs.Has(text.WordID(id)):
			t[id] = wordStart
		}
	}
	startTable.Store(&t)
	return t
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
