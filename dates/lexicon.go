package dates

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
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
	dateWords = map[string]map[string]bool{} // the sections of dates_calendar.txt

	dateCues   *phrase.Matcher
	dateLabels *phrase.Matcher
)

func init() {
	for _, sec := range lexicon.Sections("dates_calendar") {
		set := map[string]bool{}
		for _, l := range sec.Entries {
			set[l] = true
		}
		dateWords[sec.Name] = set
	}

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

// isDateWord reports whether w is in section sec of dates_calendar.txt.
func isDateWord(sec, w string) bool { return dateWords[sec][w] }
