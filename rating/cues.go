package rating

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

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

// The sets above by word number, for the grade windows, which test every word they
// pass: a token's number read from the Document costs one load where a map hashes the
// word. Same words, so the same answers (finder.id gives NoWord outside the sentence,
// where the word reader gives "", which no set holds).
var (
	fillerIDs         = idSet(filler)
	ratingCueIDs      = idSet(ratingCues)
	hypotheticalIDs   = idSet(hypothetical)
	afterConnectorIDs = idSet(afterConnector)
	afterSkipIDs      = idSet(afterSkip)
	nounsAfterIDs     = idSet(nounsAfter)
	okAfterIDs        = idSet(okAfter)
	linkingIDs        = idSet(linking)
	modifiedNounIDs   = idSet(modifiedNouns)
	previousCueIDs    = idSet(previousCues)
	// listSkipIDs holds the words a list of areas before a grade may pass over: filler,
	// rating cues and linking words, one set where listBefore asked three maps.
	listSkipIDs = idSet(union(filler, ratingCues, linking))
)

// wordsOf returns ws as a set.
func wordsOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// union returns the words of all of ms in one set.
func union(ms ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, m := range ms {
		for w, ok := range m {
			u[w] = u[w] || ok
		}
	}
	return u
}

// idSet returns the words of m as a text.WordSet. The empty word has no number, so a
// set holding it could not be read by number: a bug in the data.
func idSet(m map[string]bool) text.WordSet {
	ws := make([]string, 0, len(m))
	for w, ok := range m {
		if w == "" {
			panic("rating: a word set holds the empty word")
		}
		if ok {
			ws = append(ws, w)
		}
	}
	return text.NewWordSet(ws)
}

// cueSet returns one section of data/rating_cues.txt; a missing one is a bug.
func cueSet(name string) map[string]bool {
	m, ok := cues[name]
	if !ok {
		panic("rating: rating_cues.txt has no section [" + name + "]")
	}
	return m
}

// clauseStopWords are the words clauseStop reports, and clauseStopIDs the same by
// word number, for the windows that read words by number alone.
var (
	clauseStopWords = []string{";", ".", "?", "!", "while", "whilst", "but", "although", "though", "however", "whereas"}
	clauseStopIDs   = text.NewWordSet(clauseStopWords)
)

// Single words and small sets the grade windows test by number.
var (
	toldID, mayID   = text.Intern("told"), text.Intern("may")
	commaID, andID  = text.Intern(","), text.Intern("and")
	whereID, whenID = text.Intern("where"), text.Intern("when")
	dashID, whichID = text.Intern("-"), text.Intern("which")
	// modalIDs are the modals after a grade that make it generic (negated);
	// modalStopIDs the words that end that window (with the clause stops).
	modalIDs     = text.NewWordSet([]string{"may", "can", "could", "might", "would"})
	modalStopIDs = text.NewWordSet([]string{"and", "which", "who", "that"})
	// earlierIDs are the words before "inspection", "report", … that make it an
	// earlier one (earlierInspection).
	earlierIDs = text.NewWordSet([]string{"previous", "last", "earlier", "prior"})
)

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
