package findings

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

// The scan matches its word lists on snowball stems, so that one entry
// ("improved") covers the forms coverage uses ("improve", "improvements"), and on words
// split at hyphens, so that "well-coordinated" holds "well" and "over-reliance" matches
// "over reliance". Every list is read and stemmed once, at package init.

// fCueClass is what a matched phrase does to a clause's polarity.
type fCueClass uint8

const (
	fcNone    fCueClass = iota
	fcFail              // a failure word
	fcPos               // a strength word
	fcNeg               // a negator: flips the cue words after it
	fcNeutral           // hides the cue words inside it
	fcModal             // a recommendation word: "must", "should", "needs to"
)

// Tags of the other matchers.
const (
	// attribution
	faInspector uint8 = iota + 1
	faOther
	faSpeech
	faReaction
	faEvidence
	// trend
	ftBad
	ftGood
	ftUp
	ftDown
	// sections
	fsPositive
	fsFailure
	fsMixed
	fsFlip
	fsEnd
)

// fEntry is one phrase of a word list, as stems; "*" stands for any one word.
type fEntry struct {
	stems   []string
	class   fCueClass
	tag     uint8
	weak    bool // counted only in a sentence framed as the inspectors' words
	heavy   bool // outweighs two ordinary cues ("areas for improvement")
	negates bool // a failure word that also negates what follows ("failed to")
}

// fMatcher finds phrases of stems, longest first at each position.
type fMatcher struct {
	byFirst map[string][]fEntry // by the stem of the first word
	byLow   map[string][]fEntry // by the first word itself, for entries written "=word"
	// A key's first byte and length (bit min(len, 63)) in each map: a cheap test that
	// spares most words the two lookups, the stage's costliest step.
	firstKeys, lowKeys keyFilter
}

// keyFilter has bit l of entry c set when a key starts with byte c and is l bytes long.
type keyFilter [256]uint64

func (f *keyFilter) add(k string) {
	if k != "" {
		f[k[0]] |= 1 << min(len(k), 63)
	}
}

func (f *keyFilter) may(k string) bool { return k != "" && f[k[0]]&(1<<min(len(k), 63)) != 0 }

func (m *fMatcher) add(e fEntry) {
	if len(e.stems) == 0 {
		return
	}
	for _, st := range e.stems {
		if st != "*" && st[0] != '=' {
			fStemPrefixes[st[:min(3, len(st))]] = true
		}
	}
	if m.byFirst == nil {
		m.byFirst = make(map[string][]fEntry)
		m.byLow = make(map[string][]fEntry)
	}
	if st := e.stems[0]; st[0] == '=' {
		m.byLow[st[1:]] = append(m.byLow[st[1:]], e)
		m.lowKeys.add(st[1:])
	} else {
		m.byFirst[st] = append(m.byFirst[st], e)
		m.firstKeys.add(st)
	}
}

func (m *fMatcher) sort() {
	for _, byKey := range []map[string][]fEntry{m.byFirst, m.byLow} {
		for _, es := range byKey {
			sort.SliceStable(es, func(i, j int) bool { return len(es[i].stems) > len(es[j].stems) })
		}
	}
}

// at returns the longest entry that matches words ws[i:end], or nil.
func (m *fMatcher) at(ws []fword, i, end int) *fEntry {
	var best *fEntry
	var byFirst, byLow []fEntry
	if m.firstKeys.may(ws[i].stem) {
		byFirst = m.byFirst[ws[i].stem]
	}
	if m.lowKeys.may(ws[i].low) {
		byLow = m.byLow[ws[i].low]
	}
	for _, es := range [2][]fEntry{byFirst, byLow} {
		for k := range es {
			e := &es[k]
			if best != nil && len(e.stems) <= len(best.stems) {
				break
			}
			if i+len(e.stems) <= end && e.matches(ws[i:]) {
				best = e
				break
			}
		}
	}
	return best
}

// matches reports whether e's words open ws.
func (e *fEntry) matches(ws []fword) bool {
	for j, st := range e.stems {
		w := ws[j]
		switch {
		case st == "*":
			if w.punct {
				return false
			}
		case st[0] == '=':
			if w.punct || st[1:] != w.low {
				return false
			}
		case w.stem != st:
			return false
		}
	}
	return true
}

// fmatch is one phrase found: words [i, j) and its entry.
type fmatch struct {
	i, j int
	e    *fEntry
}

// find appends the matches in ws[a:b], left to right, longest first, without overlaps.
func (m *fMatcher) find(ws []fword, a, b int, out []fmatch) []fmatch {
	for i := a; i < b; {
		if ws[i].punct {
			i++
			continue
		}
		if e := m.at(ws, i, b); e != nil {
			out = append(out, fmatch{i, i + len(e.stems), e})
			i += len(e.stems)
			continue
		}
		i++
	}
	return out
}

// fStem is the stem of a lower-case word, from a cache shared by all calls: the same
// words recur from text to text, and stemming is costly. The cache stops growing at
// fStemCacheMax words, so that no input can make it grow without bound. It keeps
// copies: w is a slice of the caller's text, which a cached word must not keep alive.
func fStem(w string) string {
	if st, ok := fStemCache.Load(w); ok {
		return st.(string)
	}
	st := english.Stem(w, false)
	if fStemCacheLen.Load() < fStemCacheMax {
		if _, loaded := fStemCache.LoadOrStore(strings.Clone(w), strings.Clone(st)); !loaded {
			fStemCacheLen.Add(1)
		}
	}
	return st
}

var (
	fStemCache    sync.Map // word → stem
	fStemCacheLen atomic.Int64
)

const fStemCacheMax = 200_000

// fStemPrefixes holds the first three letters of every stem in the word lists. The
// stem of a word of five letters or more begins with the word's first three (shorter
// words may change there: "try" is "tri"), so such a word whose first three letters
// begin no listed stem can match none, and is not stemmed: stemming is most of the
// stage's cost.
var fStemPrefixes = map[string]bool{}

// fNoStem stands for the stem of a word that cannot match any listed stem.
const fNoStem = "#"

// fPhraseStems splits a lexicon phrase as the document's words are split (at white
// space and hyphens, without quote marks) and stems its words.
func fPhraseStems(p string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(p)) {
		for _, w := range strings.Split(strings.Trim(f, "'\""), "-") {
			switch {
			case w == "":
			case w == "*":
				out = append(out, "*")
			case w[0] == '=':
				out = append(out, w) // matched on the word itself, not its stem
			default:
				out = append(out, fStem(w))
			}
		}
	}
	return out
}

var (
	fCueLex     fMatcher // failure, positive, negators, neutral, modals
	fTrendLex   fMatcher
	fAttribLex  fMatcher
	fSectionLex fMatcher
	fEventLex   fMatcher
	// first-person phrases in the inspectors' own voice ("we found", "our inspection")
	fInspectorVoiceLex fMatcher
	// verbs that open a recommendation written as an instruction ("Ensure that …")
	fImperativeLex fMatcher
	// plans and next steps ("has drawn up an action plan", "we will return") and
	// background ("is owned by", "grade 1 is"): clauses that are no findings
	fPlanLex fMatcher
	// words that state a grade ("rated", "graded as") and the cue words that are then
	// only the grade or its movement ("improved", "excellent")
	fRatingLex fMatcher
	fGradeCues map[string]bool
	// the names of the inspection areas (areas.txt), and the words that lead into one
	// named by its key question ("whether services were safe")
	fAreaLex   fMatcher
	fAreaLeads map[string]bool
	fContrast  map[string]bool
)

func init() {
	addCues := func(name string, class fCueClass) {
		for _, l := range lexicon.Lines(name) {
			e := fEntry{class: class}
			for {
				if strings.HasPrefix(l, "~") {
					e.weak = true
				} else if strings.HasPrefix(l, "!") {
					e.negates = true
				} else if strings.HasPrefix(l, "+") {
					e.heavy = true
				} else {
					break
				}
				l = strings.TrimSpace(l[1:])
			}
			e.stems = fPhraseStems(l)
			fCueLex.add(e)
		}
	}
	addCues("findings_failure", fcFail)
	addCues("findings_positive", fcPos)
	addCues("findings_negators", fcNeg)
	addCues("findings_neutral", fcNeutral)
	addCues("findings_modals", fcModal)
	fCueLex.sort()

	fAddTagged(&fTrendLex, "findings_trend", map[string]uint8{"bad": ftBad, "good": ftGood, "up": ftUp, "down": ftDown})
	fAddTagged(&fAttribLex, "findings_attribution", map[string]uint8{
		"inspector": faInspector, "other": faOther, "speech": faSpeech, "reaction": faReaction, "evidence": faEvidence})
	fAddSpeechVerbs(&fAttribLex)
	fAddTagged(&fSectionLex, "findings_sections", map[string]uint8{
		"positive": fsPositive, "failure": fsFailure, "mixed": fsMixed, "flip": fsFlip, "end": fsEnd})
	for _, l := range lexicon.Lines("findings_events") {
		fEventLex.add(fEntry{stems: fPhraseStems(l), tag: 1})
	}
	fEventLex.sort()
	for _, l := range lexicon.Lines("findings_inspector_voice") {
		fInspectorVoiceLex.add(fEntry{stems: fPhraseStems(l), tag: 1})
	}
	fInspectorVoiceLex.sort()
	for _, l := range lexicon.Lines("findings_imperatives") {
		fImperativeLex.add(fEntry{stems: fPhraseStems(l), tag: 1})
	}
	fImperativeLex.sort()
	for _, name := range []string{"findings_plans", "findings_background"} {
		for _, l := range lexicon.Lines(name) {
			fPlanLex.add(fEntry{stems: fPhraseStems(l), tag: 1})
		}
	}
	fPlanLex.sort()
	for _, l := range lexicon.Lines("findings_rating_words") {
		fRatingLex.add(fEntry{stems: fPhraseStems(l), tag: 1})
	}
	fRatingLex.sort()
	fGradeCues = make(map[string]bool)
	for _, l := range lexicon.Lines("findings_grade_cues") {
		fGradeCues[strings.ToLower(l)] = true
	}
	fAreaLeads = lexicon.Set("findings_area_leads", true)
	for _, sec := range lexicon.Sections("areas") {
		for _, l := range sec.Entries {
			_, names, _ := strings.Cut(l, ":")
			for _, n := range strings.Split(names, "|") {
				if st := fPhraseStems(strings.TrimSpace(n)); len(st) > 0 {
					fAreaLex.add(fEntry{stems: st, tag: 1})
				}
			}
		}
	}
	fAreaLex.sort()
	fContrast = make(map[string]bool)
	for _, l := range lexicon.Lines("findings_contrast") {
		fContrast[strings.ToLower(l)] = true
	}
}

// fAddTagged reads "tag: phrase" lines into m.
func fAddTagged(m *fMatcher, name string, tags map[string]uint8) {
	for _, l := range lexicon.Lines(name) {
		k, v, ok := strings.Cut(l, ":")
		tag := tags[strings.TrimSpace(k)]
		if !ok || tag == 0 {
			panic("lexicon " + name + ": bad line " + l)
		}
		m.add(fEntry{stems: fPhraseStems(strings.TrimSpace(v)), tag: tag})
	}
	m.sort()
}

// fword is a word or punctuation mark of the analysis text as the scan reads
// it: hyphenated words split, quote marks and brackets left out.
type fword struct {
	r     text.Range
	low   string // lower case
	stem  string
	punct bool
	upper bool // starts with a capital letter
}

// fSplitWords appends the words of tokens [first, last) of doc, unstemmed.
func fSplitWords(doc *text.Document, ws []fword, first, last int) []fword {
	toks := doc.Tokens()
	t := doc.Text()
	for ti := first; ti < last; ti++ {
		tok := toks[ti]
		low := doc.Word(ti)
		if tok.Kind == text.Punct {
			switch low {
			case "'", "\"", "[", "]", "\u2018", "\u2019", "\u201c", "\u201d":
				continue
			}
			ws = append(ws, fword{r: tok.Range, low: low, stem: low, punct: true})
			continue
		}
		start := tok.Start
		for k := 0; k <= len(low); k++ {
			if k < len(low) && low[k] != '-' {
				continue
			}
			if k > start-tok.Start {
				r := text.Range{Start: start, End: tok.Start + k}
				c, _ := utf8.DecodeRuneInString(t[r.Start:r.End])
				ws = append(ws, fword{r: r, low: low[r.Start-tok.Start : k], upper: unicode.IsUpper(c)})
			}
			start = tok.Start + k + 1
		}
	}
	return ws
}
