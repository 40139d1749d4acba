package findings

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
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

// fMatcher finds phrases of stems, longest first at each position: a phrase.Keyed
// matcher on the keys fVocab gives the stems and words of the lists, each phrase
// with its entry.
type fMatcher struct {
	keyed   phrase.Keyed
	entries []fEntry // by phrase index
	bit     uint16   // this matcher's bit in phrase.Word.Starts
	firsts  []fFirst // by first key: what at needs to pass over most longer phrases
	// seconds holds, by filed phrase (keyed.FiledPhrase's p), the key of its second
	// word, or None for a phrase of one word or one whose second is phrase.Any: at
	// passes over a phrase whose second word is not the next word by this one number,
	// without reading the phrase.
	seconds []uint16
}

// fFirst is what a matcher's phrases filed under one first key hold: a bit for the
// second key of each longer one (its key modulo 64; all of them for a wildcard) and the
// one-word phrase, -1 when there is none. A word whose next word has none of the bits
// can only match the one-word phrase: at then tries none of the others, which was most
// of its cost (a common first word files many longer phrases, and most fail on their
// second word).
type fFirst struct {
	seconds uint64
	single  int32
}

// fStarts holds, by key, the bits of the matchers with a phrase that starts with it;
// fMatchers counts the matchers given a bit. Both are complete once the package is
// initialised. fStarts has room for every key an fword holds, so that fword.first
// indexes it with no bounds check.
var (
	fStarts   [fKeyLimit]uint16
	fMatchers int
)

// fVocab numbers the stems of every list, the words of entries written "=word" (under
// "=word", so that their keys differ from the stems') and the punctuation marks in
// them. It is complete once the package is initialised.
var fVocab phrase.Vocab

func (m *fMatcher) add(e fEntry) {
	if len(e.stems) == 0 {
		return
	}
	keys := make([]phrase.Key, len(e.stems))
	for k, st := range e.stems {
		switch {
		case st == "*":
			keys[k] = phrase.Any
		case st[0] == '=':
			text.Intern(st[1:]) // a word with no number has no exact key (fKeyReader)
			keys[k] = fVocab.Add(st)
		default:
			fAddStemPrefix(st)
			text.Intern(st)
			keys[k] = fVocab.Add(st)
		}
	}
	m.keyed.Add(keys)
	m.entries = append(m.entries, e)
}

// sort files the entries, and marks their first keys in fStarts with a bit of the
// matcher's own.
func (m *fMatcher) sort() {
	m.keyed.Build()
	if fMatchers == 16 {
		panic("findings: more matchers than bits in phrase.Word.Starts")
	}
	m.bit = 1 << fMatchers
	fMatchers++
	m.keyed.Firsts(func(k phrase.Key) {
		if int(k) >= len(fStarts) {
			panic("findings: more keys than an fword holds")
		}
		fStarts[k] |= m.bit
		m.fileFirst(k)
	})
}

// fileFirst fills m.firsts[k] from the phrases filed under first key k.
func (m *fMatcher) fileFirst(k phrase.Key) {
	for int(k) >= len(m.firsts) {
		m.firsts = append(m.firsts, fFirst{single: -1})
	}
	f := &m.firsts[k]
	a, b := m.keyed.FiledAt(k)
	for len(m.seconds) < b {
		m.seconds = append(m.seconds, uint16(phrase.None))
	}
	for p := a; p < b; p++ {
		idx, rest := m.keyed.FiledPhrase(p)
		if len(rest) > 0 && rest[0] != phrase.Any {
			m.seconds[p] = uint16(rest[0])
		}
		switch {
		case len(rest) == 0:
			if f.single < 0 {
				f.single = int32(idx) // the first filed of one length is the one matched
			}
		case rest[0] == phrase.Any:
			f.seconds = ^uint64(0)
		default:
			f.seconds |= 1 << (rest[0] % 64)
		}
	}
}

// fStartsOf returns the matcher bits of the phrases that start with key k.
func fStartsOf(k phrase.Key) uint16 {
	if int(k) < len(fStarts) {
		return fStarts[k]
	}
	return 0
}

// at returns the longest entry that matches words ws[i:end], or nil. It is
// phrase.Keyed.At read on the fwords in place: At's word function, one indirect call
// per word tried, was most of the cost of matching.
func (m *fMatcher) at(ws []fword, i, end int) *fEntry {
	if ws[i].first()&m.bit == 0 {
		return nil
	}
	return m.startingAt(ws, i, end)
}

// startingAt is at for a word some phrase of m starts with (find has read its bits).
func (m *fMatcher) startingAt(ws []fword, i, end int) *fEntry {
	w := ws[i]
	var next uint64 // the next word's keys as fFirst.seconds holds them
	var nStem, nExact uint16
	if i+1 < end {
		n := ws[i+1]
		nStem, nExact = n.stem(), n.exact()
		next = 1<<(nStem%64) | 1<<(nExact%64)
	}
	best, bestLen := -1, 0
	for _, first := range [2]uint16{w.stem(), w.exact()} {
		if int(first) >= len(m.firsts) {
			continue // no phrase starts with it
		}
		if f := m.firsts[first]; f.seconds&next == 0 {
			// Only its one-word phrase can match, and only when the stem's matched
			// nothing: an exact key's phrase wins only when longer.
			if best < 0 && f.single >= 0 {
				best, bestLen = int(f.single), 1
			}
			continue
		}
		a, b := m.keyed.FiledAt(phrase.Key(first))
		seconds := m.seconds[a:b]
		for p := a; p < b; p++ {
			// Most phrases tried fail on their second word: told by its key alone.
			// (The next word is in the range, since the mask above found it.)
			if s := seconds[p-a]; s != uint16(phrase.None) && s != nStem && s != nExact {
				continue
			}
			k, rest := m.keyed.FiledPhrase(p)
			n := len(rest) + 1
			if best >= 0 && n <= bestLen {
				break
			}
			if i+n <= end && fRestMatches(rest, ws[i+1:i+n]) {
				best, bestLen = k, n
				break
			}
		}
	}
	if best < 0 {
		return nil
	}
	return &m.entries[best]
}

// mayStart reports whether a phrase of m may start with a word of keys w, followed by
// one of keys next when hasNext: startingAt's first tests, on keys not yet split into
// fwords (mayOpenSection). A phrase of one word, or one whose second word's key may be
// next's, may.
func (m *fMatcher) mayStart(w, next phrase.Word, hasNext bool) bool {
	var mask uint64
	if hasNext {
		mask = 1<<(next.Stem%64) | 1<<(next.Exact%64)
	}
	for _, first := range [2]phrase.Key{w.Stem, w.Exact} {
		if int(first) < len(m.firsts) {
			if f := m.firsts[first]; f.single >= 0 || f.seconds&mask != 0 {
				return true
			}
		}
	}
	return false
}

// fRestMatches reports whether the keys of a phrase after its first match words ws,
// as phrase.Keyed's matching does: phrase.Any matches any word but a punctuation mark.
func fRestMatches(rest []phrase.Key, ws []fword) bool {
	for j, k := range rest {
		w := ws[j]
		if k == phrase.Any {
			if w.punct() {
				return false
			}
		} else if uint16(k) != w.stem() && uint16(k) != w.exact() {
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

// find appends the matches in ws[a:b] (starts holds findCtx.starts), left to right,
// longest first, without overlaps, to out: every caller passes scratch it reuses.
func (m *fMatcher) find(ws []fword, starts []uint16, a, b int, out []fmatch) []fmatch {
	starts = starts[:b]
	bit := m.bit
	for i := a; i < b; {
		// Most words start nothing: their bits spare them the call, in a loop of their
		// own.
		for starts[i]&bit == 0 {
			if i++; i == b {
				return out
			}
		}
		if e := m.startingAt(ws, i, b); e != nil {
			out = append(out, fmatch{i, i + len(e.stems), e})
			i += len(e.stems)
			continue
		}
		i++
	}
	return out
}

// matches returns m's matches in words [a, b) (as find), kept in the call's arena: the
// clause readers ask for a few lists each and drop them before the next sentence, when
// paragraph empties the arena. The list is capped, so that appending to it copies.
func (c *findCtx) matches(m *fMatcher, a, b int) []fmatch {
	n := len(c.arena)
	c.arena = m.find(c.ws, c.starts, a, b, c.arena)
	return c.arena[n:len(c.arena):len(c.arena)]
}

// fStem is the stem of a lower-case word.
func fStem(w string) string { return english.Stem(w, false) }

// fKeys returns the keys of a lower-case word (no punctuation mark): the key of its
// stem and the key of the word itself, None for either that no list holds. They come
// from a cache shared by all calls, since the same words recur from text to text and
// stemming is costly: a map read without a lock (a snapshot, replaced as it grows) and
// the words added since, under a mutex. The cache stops growing at fKeyCacheMax
// words, so that no input can make it grow without bound. It keeps copies: low is a
// slice of the caller's text, which a cached word must not keep alive.
func fKeys(low string) phrase.Word {
	if m := fKeyCache.snap.Load(); m != nil {
		if w, ok := (*m)[low]; ok {
			return w
		}
	}
	return fKeyCache.miss(low)
}

// fPunctKeys returns the keys of a punctuation mark: a list may hold it as a word.
func fPunctKeys(low string) phrase.Word {
	k := fVocab.Key(low)
	return phrase.Word{Stem: k, Starts: fStartsOf(k), Punct: true}
}

// fWordKeys looks a word's keys up in fVocab. A word of five letters or more whose
// first three begin no listed stem has no listed stem, and is not stemmed, unless
// stemming may change its first three (fShortRoot).
func fWordKeys(low string) phrase.Word {
	w := phrase.Word{Exact: fVocab.Key("=" + low)}
	if fMayStem(low) {
		w.Stem = fVocab.Key(fStem(low))
	}
	w.Starts = fStartsOf(w.Stem) | fStartsOf(w.Exact)
	return w
}

type fKeyCacheT struct {
	snap  atomic.Pointer[map[string]phrase.Word]
	mu    sync.Mutex
	fresh map[string]phrase.Word // words added since the snapshot
	size  int                    // words in both
	hits  int                    // lookups fresh answered since the snapshot
}

var fKeyCache fKeyCacheT

const fKeyCacheMax = 200_000

// miss finds the keys of a word that is not in the snapshot, and adds them.
func (kc *fKeyCacheT) miss(low string) phrase.Word {
	kc.mu.Lock()
	w, ok := kc.fresh[low]
	if ok {
		kc.hits++
		kc.publish()
	}
	kc.mu.Unlock()
	if ok {
		return w
	}
	w = fWordKeys(low)
	kc.mu.Lock()
	defer kc.mu.Unlock()
	if _, ok := kc.fresh[low]; ok || kc.size >= fKeyCacheMax {
		return w
	}
	if kc.fresh == nil {
		kc.fresh = make(map[string]phrase.Word)
	}
	kc.fresh[strings.Clone(low)] = w
	kc.size++
	kc.publish()
	return w
}

// publish makes a new snapshot of every word once the fresh ones number a quarter
// of the snapshot's (64 at least), so that copying costs a few times the words
// cached in all, or once fresh has answered as many lookups as the copy costs: the
// words that recur are then read without the mutex, and the copy stays paid for by
// the lookups. Called with mu held.
func (kc *fKeyCacheT) publish() {
	var old map[string]phrase.Word
	if p := kc.snap.Load(); p != nil {
		old = *p
	}
	if len(kc.fresh) < max(64, len(old)/4) && kc.hits < len(old)+len(kc.fresh) {
		return
	}
	m := make(map[string]phrase.Word, len(old)+len(kc.fresh))
	for k, v := range old {
		m[k] = v
	}
	for k, v := range kc.fresh {
		m[k] = v
	}
	kc.snap.Store(&m)
	kc.fresh, kc.hits = nil, 0
}

// fShortRoot tells that a word is a root of three letters or fewer with an "-ing" or
// "-ed" ending: the stemmer then rewrites the root's end ("using" is "use", "trying"
// "tri", "going" "go"), so the stem need not begin with the word's first three letters.
func fShortRoot(low string) bool {
	// Every ending ends in y, g or d, and a root of three letters with the longest is
	// eight: most words are told by their length and last byte.
	if n := len(low); n == 0 || n > 8 || low[n-1] != 'y' && low[n-1] != 'g' && low[n-1] != 'd' {
		return false
	}
	for _, suf := range [...]string{"ingly", "edly", "ing", "ed"} {
		if root, ok := strings.CutSuffix(low, suf); ok {
			return len(root) <= 3
		}
	}
	return false
}

// fStemPrefixes holds the first three letters of every stem in the word lists. The
// stem of a word of five letters or more begins with the word's first three (shorter
// words may change there: "try" is "tri"; so may a short root's ending, fShortRoot), so such a word whose first three letters
// begin no listed stem can match none, and is not stemmed: stemming is most of the
// stage's cost.
var fStemPrefixes = map[string]bool{}

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
				text.Intern(w) // its keys are then found by its number (fKeyReader)
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
	// words before "to improve" that make it progress, not an aim (aimedImprovement)
	fProgressVerbs map[string]bool
)

// fImproveStem is the stem of "improve", "improvement" and "improved".
var fImproveStem = fStem("improve")

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
	fAddPlain(&fEventLex, "findings_events")
	fAddPlain(&fInspectorVoiceLex, "findings_inspector_voice")
	fAddPlain(&fImperativeLex, "findings_imperatives")
	fAddPlain(&fPlanLex, "findings_plans", "findings_background")
	fAddPlain(&fRatingLex, "findings_rating_words")
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
	fProgressVerbs = make(map[string]bool)
	for _, l := range lexicon.Lines("findings_progress_verbs") {
		fProgressVerbs[fStem(strings.ToLower(l))] = true
	}
	fContrast = make(map[string]bool)
	for _, l := range lexicon.Lines("findings_contrast") {
		l = strings.ToLower(l)
		fContrast[l] = true
		if l != "" {
			fContrastLens[l[0]] |= 1 << min(len(l), 31)
			fContrastLast[l[len(l)-1]] |= 1 << min(len(l), 31)
		}
	}
}

// fAddPlain files every phrase of the named lexicons in m, untagged (tag 1), and
// sorts m.
func fAddPlain(m *fMatcher, names ...string) {
	for _, name := range names {
		for _, l := range lexicon.Lines(name) {
			m.add(fEntry{stems: fPhraseStems(l), tag: 1})
		}
	}
	m.sort()
}

// fContrastLens holds, by a contrast word's first byte, a bit for its length (31 for
// any longer): clauses asks of every word whether it is one, and most are let go on
// these two bytes without hashing.
var fContrastLens [256]uint32

// fContrastLast is fContrastLens by a contrast word's last byte: with it, the map is
// asked of a third of the words the first byte and the length let through ("which",
// "about", "areas" are not).
var fContrastLast [256]uint32

// fIsContrast reports a contrast word ("but", "however"), lower-case.
func fIsContrast(w string) bool {
	if w == "" {
		return false
	}
	n := uint32(1) << min(len(w), 31)
	return fContrastLens[w[0]]&n != 0 && fContrastLast[w[len(w)-1]]&n != 0 && fContrast[w]
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
// it: hyphenated words split, quote marks and brackets left out. It is 8 bytes, one
// per word of the window of paragraphs read (window.go): its start as a
// 32-bit offset, and one number holding its keys in the word lists (fKeys) in
// fKeyBits each (fVocab numbers fewer words; fIDKeys checks), its two flags and its
// length in bytes, or fLongWord for a word that long or longer, whose range is kept in
// findCtx.long, as is a word with an ASCII capital. Its offsets are the text's, and its
// lower-case text is findCtx.word's: a slice of the text, or of the Document's
// lower-cased word (text.Document.Word) for a word with a capital. The
// matchers' bits (the key's Starts) are not kept: first reads them from fStarts.
type fword struct {
	start uint32 // in the text; a long word's: its index in findCtx.long
	bits  uint32 // length | fPunctBit | fUpperBit | stem<<fStemShift | exact<<fExactShift
}

// The fields of fword.bits: the length lowest, since word reads it most.
const (
	fLenBits    = 6
	fLongWord   = 1<<fLenBits - 1 // the length field of a word of this many bytes or more
	fPunctBit   = 1 << fLenBits   // a punctuation mark
	fUpperBit   = 1 << (fLenBits + 1)
	fKeyBits    = (32 - fLenBits - 2) / 2
	fKeyMask    = 1<<fKeyBits - 1
	fStemShift  = fLenBits + 2
	fExactShift = fStemShift + fKeyBits
)

// fKeyLimit bounds the keys an fword holds.
const fKeyLimit = 1 << fKeyBits

// fMaxText is the longest text whose offsets an fword holds.
const fMaxText = 1<<32 - 1

// punct reports a punctuation mark.
func (w fword) punct() bool { return w.bits&fPunctBit != 0 }

// upper reports a word that starts with a capital letter.
func (w fword) upper() bool { return w.bits&fUpperBit != 0 }

// stem and exact return w's keys.
func (w fword) stem() uint16  { return uint16(w.bits >> fStemShift & fKeyMask) }
func (w fword) exact() uint16 { return uint16(w.bits >> fExactShift) }

// first returns the bits of the matchers that have a phrase starting with one of w's
// keys (phrase.Word.Starts, as fWordKeys and fPunctKeys give it).
func (w fword) first() uint16 {
	return fStarts[w.stem()] | fStarts[w.exact()]
}

// rng returns w's range. A long word's (fLongWord bytes or more, or with a capital) is
// read from findCtx.long, at the index its start field holds: a slice read keeps word
// and rng inlined and free of calls, which made the hot loops that read words slower.
func (c *findCtx) rng(w fword) text.Range {
	if n := w.bits & fLongWord; n < fLongWord {
		return text.Range{Start: int(w.start), End: int(w.start + n)}
	}
	r := c.long[w.start]
	return text.Range{Start: int(r.start), End: int(r.end)}
}

// fLong is a word kept in findCtx.long: its lower-case text (a slice of the text, or of
// its token's Document.Word for a word with a capital) and its range.
type fLong struct {
	low        string
	start, end uint32
}

// is reports whether w's lower-case text is s, a word shorter than fLongWord: most
// words are told apart on the length their fword holds, without slicing the text (the
// loops that look for one word in every word of a clause).
func (c *findCtx) is(w fword, s string) bool {
	return fMayBe(w, len(s)) && c.word(w) == s
}

// fMayBe reports whether w may be n bytes long: its length is n, or it is a long word
// (one with a capital is, whatever its length).
func fMayBe(w fword, n int) bool {
	l := int(w.bits & fLongWord)
	return l == n || l == fLongWord
}

// word returns w's lower-case text: a slice of the text when it holds no capital, so
// that no lower-case copy of the text is made.
func (c *findCtx) word(w fword) string {
	s, e := w.start, w.start+w.bits&fLongWord
	if e-s == fLongWord {
		return c.long[w.start].low
	}
	return c.text[s:e]
}

// fSplitter reads the words of a Document's sentences, in order, into ws with their
// keys, and each word's matcher bits into starts (0 for a punctuation mark): find
// reads that one small number per word instead of the word and two tables, since most
// words start no phrase of the list it walks.
type fSplitter struct {
	doc    *text.Document
	keys   fKeyReader
	ws     []fword
	starts []uint16
	long   []fLong // findCtx.long
	text   string  // the Document's text
	// firstPerson tells that a word read since it was last cleared is one of
	// fFirstPerson (findCtx.sentFirst).
	firstPerson bool
	inspector   bool // as firstPerson, for the word "inspector" (findCtx.sentInsp)
	// hyphen is the offset of the first '-' at or after the token last read (the
	// text's length when there is none): the tokens before it, most of them, are
	// words whole, told so without a search of their own.
	hyphen int
}

// split appends the words of tokens [first, last): hyphenated words split, quote
// marks and brackets left out.
func (s *fSplitter) split(first, last int) {
	doc := s.doc
	toks := doc.Tokens()
	for ti := first; ti < last; ti++ {
		tok := toks[ti]
		low := doc.Word(ti)
		switch {
		case doc.Kind(ti) == text.Punct:
			if fSkipped(low) {
				continue
			}
			s.push(tok.Range(), s.keys.punctKeys(low, doc.WordID(ti)), fPunctBit, low)
		case int(tok.End) <= s.nextHyphen(int(tok.Start)):
			id := doc.WordID(ti)
			s.add(tok.Range(), s.keys.word(low, id), id, low)
		default:
			s.hyphenated(ti, tok)
		}
	}
}

// nextHyphen returns the offset of the first '-' at or after from, which is at or
// after the last token's start. Each byte is searched once: a search runs only once
// the hyphen found before lies behind.
func (s *fSplitter) nextHyphen(from int) int {
	if s.hyphen < from {
		t := s.doc.Text() // as the lower-case text, for a '-'
		s.hyphen = len(t)
		if k := strings.IndexByte(t[from:], '-'); k >= 0 {
			s.hyphen = from + k
		}
	}
	return s.hyphen
}

// hyphenated appends the words between the hyphens of token ti.
func (s *fSplitter) hyphenated(ti int, tok text.Token) {
	low := s.doc.Word(ti)
	for a := 0; a <= len(low); {
		e := strings.IndexByte(low[a:], '-')
		if e < 0 {
			e = len(low)
		} else {
			e += a
		}
		if e > a {
			lw := low[a:e]
			id := s.keys.id(s.doc, ti, lw)
			s.add(text.Range{Start: int(tok.Start) + a, End: int(tok.Start) + e}, s.keys.word(lw, id), id, lw)
		}
		a = e + 1
	}
}

// add appends the word at r, whose keys are k, whose number is id and whose lower-case
// text is low.
func (s *fSplitter) add(r text.Range, k phrase.Word, id text.WordID, low string) {
	if fFirstPersonBits>>fIDBit(id)&1 != 0 && fFirstPerson.Has(id) {
		s.firstPerson = true
	}
	if id == fInspectorID {
		s.inspector = true
	}
	upper := false
	if c := s.doc.Text()[r.Start]; c < utf8.RuneSelf {
		upper = 'A' <= c && c <= 'Z' // unicode.IsUpper's answer for an ASCII letter
	} else {
		c, _ := utf8.DecodeRuneInString(s.doc.Text()[r.Start:r.End])
		upper = unicode.IsUpper(c)
	}
	var flags uint32
	if upper {
		flags = fUpperBit
	}
	s.push(r, k, flags, low)
}

// push appends the word or mark at r, whose keys are k, with flags (fPunctBit,
// fUpperBit); a mark's matcher bits are 0. low is its lower-case text (from
// Document.Word): when that is not the text's (a capital), it is kept in findCtx.long
// for word to read. For most words the comparison is of the very same bytes, quick.
func (s *fSplitter) push(r text.Range, k phrase.Word, flags uint32, low string) {
	start, n := uint32(r.Start), uint32(r.End-r.Start)
	if n >= fLongWord || low != s.text[r.Start:r.End] {
		start, n = uint32(len(s.long)), fLongWord
		s.long = append(s.long, fLong{low, uint32(r.Start), uint32(r.End)})
	}
	s.ws = append(s.ws, fword{start: start, bits: n | flags | uint32(k.Stem)<<fStemShift | uint32(k.Exact)<<fExactShift})
	starts := k.Starts
	if flags&fPunctBit != 0 {
		starts = 0
	}
	s.starts = append(s.starts, starts)
}

// fBuf holds the per-word slices of a scan, kept in a pool between calls: they are
// the stage's largest allocations, and every text needs them again.
type fBuf struct {
	ws                []fword
	marks             []uint8
	sentQuote         []int32
	items             []fItem
	attribMs, themeMs []fmatch // their entries are the lexicons': they keep no text alive
	arena             []fmatch
	cls               [][2]int
	sentW, maskedW    [][2]int
	starts            []uint16
	long              []fLong
	sentFirst         []bool
	sentInsp          []bool
	parts             []fQuotePart
	headings          []uint64
	heads             []int32      // the heading paragraphs (headingsReportPage)
	labels            []text.Range // the grade mentions' ranges (sortLabels)
	pending, pending2 []text.Range // maskLabels' labels carried to the next window
	paraSpeaker       []fSpeaker
	atts              []fSpeaker // attributions' list, one paragraph's at a time
	nouns, dirs       []fmatch   // scoreTrend's lists, one clause's at a time
	secs              []fsection // run's sections
	quotes            []fquote   // fScanQuotes' quotations and their parts
	quoteParts        []text.Range
	names             map[string]bool // inspectorNames, emptied before reuse
	ctx               findCtx         // the call's context, zeroed before reuse
	short             fShortKeys      // kept: its keys hold for any call
}

var fBufs = sync.Pool{New: func() any { return new(fBuf) }}

// fBufMaxWords bounds the slices kept: those of a longer input are left to the
// collector, so that one long input does not stay pinned in the pool.
const fBufMaxWords = 1 << 16

// fRoom returns *s emptied, with room for n values.
func fRoom[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, 0, n)
	}
	return (*s)[:0]
}

// fReuse returns *s cut or grown to n zero values.
func fReuse[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	} else {
		*s = (*s)[:n]
		clear(*s)
	}
	return *s
}

// release returns the per-word slices to the pool. The words are cleared, so that the
// pool keeps no text alive.
func (c *findCtx) release() {
	b := c.buf
	if b == nil {
		return
	}
	c.buf = nil
	if cap(c.ws) > fBufMaxWords {
		return
	}
	clear(c.ws[:cap(c.ws)])
	clear(c.long[:cap(c.long)]) // they hold the Document's words
	b.ws = c.ws[:0]
	b.items, b.attribMs, b.themeMs, b.arena, b.cls = c.items[:0], c.attribMs[:0], c.themeMs[:0], c.arena[:0], c.cls[:0]
	clear(b.names)
	b.ctx = findCtx{} // c is b.ctx: nothing of this call stays alive in the pool
	fBufs.Put(b)
}
