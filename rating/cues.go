package rating

import "github.com/verdictnlp/verdict/internal/lexicon"

// Word tables the judgement rules read, one section each of data/rating_cues.txt, whose
// comments say where in a sentence each is used. Read once, at init.
var (
	cues           = lexicon.SectionSets("rating_cues")
	filler         = cueSet("filler")          // between a rating verb and its grade
	linking        = cueSet("linking")         // between an area and its grade
	afterConnector = cueSet("after connector") // after a grade, before its areas
	afterSkip      = cueSet("after skip")      // between a grade, its connector and its areas
	ratingCues     = cueSet("rating cues")     // shortly before a grade: it is being awarded
	nounsAfter     = cueSet("nouns after")     // right after a grade: "an inadequate rating"
	okAfter        = cueSet("ok after")        // may follow a one-word grade used as a grade
	hypothetical   = cueSet("hypothetical")    // before a grade in its clause: no judgement
	previousCues   = cueSet("previous cues")   // in a grade's clause: an earlier grade
	statsWords     = cueSet("stats")           // after a number: a statistic, not a grade
	collective     = cueSet("collective")      // a framework's areas as a whole
	adverb         = cueSet("comma asides")    // one-word asides set off by commas
	recentPeriod   = cueSet("recent period")   // after "last": the news's own time
	modifiedNouns  = cueSet("modified nouns")  // after an area's name: it is a modifier
)

// cueSet returns one section of data/rating_cues.txt; a missing one is a bug.
func cueSet(name string) map[string]bool {
	m, ok := cues[name]
	if !ok {
		panic("rating: rating_cues.txt has no section [" + name + "]")
	}
	return m
}

// clauseStop reports tokens that end a clause for the grade windows.
func clauseStop(w string) bool {
	// Most words are turned away by their length or first byte before the switch,
	// which compares strings: the grade windows ask this of every word they pass.
	switch {
	case len(w) == 1:
		c := w[0]
		return c == ';' || c == '.' || c == '?' || c == '!'
	case len(w) < 3 || len(w) > 8:
		return false
	}
	switch w[0] {
	case 'w', 'b', 'a', 't', 'h':
	default:
		return false
	}
	switch w {
	case ";", ".", "?", "!", "while", "whilst", "but", "although", "though", "however", "whereas":
		return true
	}
	return false
}

// includes reports the verbs of a which-clause that lists areas: "which included".
func includes(w string) bool { return w == "include" || w == "included" || w == "includes" }
