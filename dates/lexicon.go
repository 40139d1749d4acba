package dates

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// The word lists of the dates package, read once from internal/lexicon/data/dates_*.txt;
// month and weekday names are internal/calendar's.

// Cue classes: what a cue phrase says about a date after it (dates_cues.txt).
const (
	dateCueNone          = iota // a phrase that looks like a cue and is not one
	dateCueInspection           // the inspection visit: "inspected", "inspection", "fieldwork"
	dateCueVisit                // a visit, the inspection's when inspectors are about: "visited"
	dateCueInspectorVerb        // the visit only with inspectors as subject: "spent", "examined"
	dateCueInspector            // such a subject: "inspectors", "the inspectorate"
	dateCuePrevious             // an earlier inspection: "last", "previous"
	dateCuePublished            // publication: "published", "released"
	dateCueOther                // another event: "appointed", "restructure", "death"
	dateCueReport               // what a publication cue must be about: "report", "letter"
)

// Label roles (dates_labels.txt): the Role plus one, so that 0 is no label.
const dateNoLabel = 0

var (
	dateWords = readDateWords() // the sections of dates_calendar.txt

	dateCues   *phrase.Matcher
	dateLabels *phrase.Matcher
)

func readDateWords() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, sec := range lexicon.Sections("dates_calendar") {
		set := map[string]bool{}
		for _, l := range sec.Entries {
			set[l] = true
		}
		out[sec.Name] = set
	}
	return out
}

func init() {

	classes := map[string]int{
		"none": dateCueNone, "inspection": dateCueInspection, "visit": dateCueVisit,
		"inspector-verb": dateCueInspectorVerb,
		"inspector":      dateCueInspector, "previous": dateCuePrevious, "published": dateCuePublished, "other": dateCueOther,
		"report": dateCueReport,
	}
	dateCues = sectionMatcher("dates_cues", classes)
	// A label's value is its role plus one, so that zero is no label.
	dateLabels = sectionMatcher("dates_labels", map[string]int{
		"inspection": int(InspectionDate) + 1, "published": int(PublishedDate) + 1,
		"previous_inspection": int(PreviousInspectionDate) + 1, "other": int(OtherDate) + 1,
	})
}

// sectionMatcher matches the entries of a sectioned lexicon file, each with the value
// its section has in values; a section values does not name is a mistake in the file.
func sectionMatcher(file string, values map[string]int) *phrase.Matcher {
	var ps []string
	var vs []int
	for _, sec := range lexicon.Sections(file) {
		v, ok := values[sec.Name]
		if !ok {
			panic("dates: " + file + ".txt: unknown section " + sec.Name)
		}
		for _, l := range sec.Entries {
			ps = append(ps, l)
			vs = append(vs, v)
		}
	}
	return phrase.New(ps, vs)
}

// dateSection numbers a section of dates_calendar.txt read word by word.
type dateSection uint8

const (
	secRange dateSection = iota
	secBeforeMonth
	secSeasons
	secNotYearBefore
	secNotYearAfter
	secYearModifies
	secFutureBefore
	secFuture
	secMonthModifies
	secPreviousHeading
	secPreviousListNouns
	secUngradedInspection
	dateSections
)

// dateSectionNames are the sections' names in the file, by dateSection.
var dateSectionNames = [dateSections]string{"range", "before-month", "seasons", "not-year-before",
	"not-year-after", "year-modifies", "future-before", "future", "month-modifies",
	"previous-heading", "previous-list-nouns", "ungraded-inspection"}

// dateWordSecs holds, by text.WordID, a bit per dateSection the word is in: a token's
// sections are read by its number, not by hashing its word into a map per section.
// The sections' words are interned (dateWordSecs is built while the package
// initialises).
var dateWordSecs = func() []uint16 {
	var secs []uint16
	for sec, name := range dateSectionNames {
		set, ok := dateWords[name]
		if !ok {
			panic("dates: dates_calendar.txt has no section " + name)
		}
		for w := range set {
			id := int(text.Intern(w))
			if id >= len(secs) {
				secs = append(secs, make([]uint16, id+1-len(secs))...)
			}
			secs[id] |= 1 << sec
		}
	}
	return secs
}()

// isDateWord reports whether the word numbered id is in section sec of
// dates_calendar.txt.
func isDateWord(sec dateSection, id text.WordID) bool {
	return int(id) < len(dateWordSecs) && dateWordSecs[id]&(1<<sec) != 0
}

// is reports whether token i is in the sentence scanned and its word in section sec.
func (p *dateScan) is(sec dateSection, i int) bool {
	return i >= p.lo && i < p.hi && isDateWord(sec, p.doc.WordID(i))
}
