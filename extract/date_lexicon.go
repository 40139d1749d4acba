package extract

import (
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
)

// The word lists of the dates stage, read once from internal/lexicon/data/dates_*.txt.

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

// Label roles (dates_labels.txt): the DateRole plus one, so that 0 is no label.
const dateNoLabel = 0

var (
	dateMonthNames   = map[string]int{} // full month name → 1..12
	dateMonthAbbrevs = map[string]int{} // "sept" → 9
	dateWeekdayNames = map[string]int{} // full or abbreviated weekday → 0 (Sunday) .. 6
	dateWeekdayFull  = map[string]int{} // full weekday names only

	dateWords = map[string]map[string]bool{} // dates_calendar.txt sections other than months and weekdays

	dateCues   *phrase.Matcher
	dateLabels *phrase.Matcher
)

func init() {
	month, weekday := 0, 0
	for _, sec := range dateSections("dates_calendar") {
		entries := sec.entries
		switch sec.name {
		case "months":
			for _, l := range entries {
				month++
				f := strings.Fields(l)
				dateMonthNames[f[0]] = month
				for _, a := range f[1:] {
					dateMonthAbbrevs[a] = month
				}
			}
		case "weekdays":
			for _, l := range entries {
				f := strings.Fields(l)
				dateWeekdayFull[f[0]] = weekday
				for _, a := range f {
					dateWeekdayNames[a] = weekday
				}
				weekday++
			}
		default:
			set := map[string]bool{}
			for _, l := range entries {
				set[l] = true
			}
			dateWords[sec.name] = set
		}
	}
	if month != 12 || weekday != 7 {
		panic("extract: dates_calendar.txt must list 12 months and 7 weekdays")
	}

	classes := map[string]int{
		"none": dateCueNone, "inspection": dateCueInspection, "visit": dateCueVisit,
		"inspector-verb": dateCueInspectorVerb,
		"inspector":      dateCueInspector, "previous": dateCuePrevious, "published": dateCuePublished, "other": dateCueOther,
		"report": dateCueReport,
	}
	var ps []string
	var vs []int
	for _, sec := range dateSections("dates_cues") {
		c, ok := classes[sec.name]
		if !ok {
			panic("extract: dates_cues.txt: unknown section " + sec.name)
		}
		for _, l := range sec.entries {
			ps = append(ps, l)
			vs = append(vs, c)
		}
	}
	dateCues = phrase.New(ps, vs)

	roles := map[string]DateRole{
		"inspection": InspectionDate, "published": PublishedDate,
		"previous_inspection": PreviousInspectionDate, "other": OtherDate,
	}
	ps, vs = nil, nil
	for _, sec := range dateSections("dates_labels") {
		r, ok := roles[sec.name]
		if !ok {
			panic("extract: dates_labels.txt: unknown section " + sec.name)
		}
		for _, l := range sec.entries {
			ps = append(ps, l)
			vs = append(vs, int(r)+1)
		}
	}
	dateLabels = phrase.New(ps, vs)
}

type dateLexSection struct {
	name    string
	entries []string
}

// dateSections reads a lexicon file grouped under "[name]" lines, in file order.
func dateSections(name string) []dateLexSection {
	var out []dateLexSection
	for _, l := range lexicon.Lines(name) {
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			out = append(out, dateLexSection{name: l[1 : len(l)-1]})
			continue
		}
		if len(out) == 0 {
			panic("extract: " + name + ".txt: entry before the first section")
		}
		out[len(out)-1].entries = append(out[len(out)-1].entries, l)
	}
	return out
}

// isDateWord reports whether w is in section sec of dates_calendar.txt.
func isDateWord(sec, w string) bool { return dateWords[sec][w] }
