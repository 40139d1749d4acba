package findings

import (
	"strings"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

// inSpeech reports whether word i lies in a quotation of five words or more (shorter
// quoted stretches are scare quotes, grades or names, read as the sentence's own words).
func (c *findCtx) inSpeech(i int) bool { return c.marks[i]&fwInSpeech != 0 }

// attribution returns who the words of sentence si outside its quotations are given to:
// the subject of its first speech verb ("Inspectors found …", "… , the report read",
// "Council leader Jane Ash said …", "according to the report"), or the subject of a
// promise ("The council has vowed …") when nothing else is attributed. It updates the
// speakers that "it", "they", "he" and "she" refer to.
func (c *findCtx) attribution(si int) fSpeaker {
	a, b := c.sentWords(si)
	ms := fAttribLex.find(c.ws, c.starts, a, b, c.attribMs[:0])
	c.attribMs = ms // the next sentence's room: nothing keeps ms past this call
	if c.accordingToInspectors(si, ms) {
		c.lastKind = fspInspector
		return fspInspector
	}
	reaction := false
	for _, m := range ms {
		if c.inSpeech(m.i) {
			continue
		}
		switch m.e.tag {
		case faEvidence:
			// "One relative told inspectors …": evidence the report relies on.
			c.lastKind = fspInspector
			return fspInspector
		case faSpeech, faReaction:
		default:
			continue
		}
		// A passive ("were found to", "was described as") names no speaker; a
		// participle that opens the sentence ("Writing to the council, …") is not
		// its verb, nor is one that modifies a noun ("a warning notice").
		if c.passive(a, m.i) || c.participleNoVerb(si, m.i) {
			continue
		}
		who := c.subject(si, m.i, m.j, ms)
		if who == fspNone {
			continue
		}
		if who == fspOther && c.inspectorateWe(m.i) {
			who = fspInspector
		}
		if m.e.tag == faReaction {
			if who == fspOther {
				reaction = true
				c.suppress(m.i, b)
			}
			continue
		}
		c.lastKind = who
		return who
	}
	if reaction {
		return fspOther
	}
	// A sentence that only mentions the inspectors ("… identified by inspectors")
	// makes them what a following "they" or "it" refers to.
	for _, m := range ms {
		if m.e.tag == faInspector && !c.inSpeech(m.i) {
			c.lastKind = fspInspector
			break
		}
	}
	return fspNone
}

// suppress hides the cue words of a promise or response, from its verb at word v to
// the end of its clause ("has vowed to make improvements", up to "after inspectors
// highlighted …").
func (c *findCtx) suppress(v, b int) {
	for k := v; k < b && k < v+12; k++ {
		w := c.ws[k]
		if w.punct() && c.word(w) != "-" || fReactionEnds[c.word(w)] {
			return
		}
		c.marks[k] |= fwSuppressed
	}
}

// fReactionEnds are the words that end a promise's clause.
var fReactionEnds = map[string]bool{"after": true, "when": true, "because": true, "as": true, "following": true, "once": true, "since": true, "but": true, "while": true}

// subject classifies who speaks the verb at words [v, ve) of sentence si: the words
// before it back to a clause edge, or, when there are none ("…,” said Jane Ash), the
// words after it up to a comma.
func (c *findCtx) subject(si, v, ve int, ms []fmatch) fSpeaker {
	a, b := c.sentWords(si)
	lo := v
	for lo > a && v-lo < 16 {
		w := c.ws[lo-1]
		if c.inSpeech(lo-1) || c.word(w) == ":" || c.word(w) == ";" || c.word(w) == "that" || c.word(w) == "(" {
			break
		}
		if c.word(w) == "," && lo < v && (c.word(c.ws[lo]) == "and" || c.word(c.ws[lo]) == "but") {
			lo++ // ", and …" starts a new clause
			break
		}
		if fSpeechAt(ms, lo-1) {
			break
		}
		lo--
	}
	for lo < v && (c.ws[lo].punct() || c.word(c.ws[lo]) == "and" || c.word(c.ws[lo]) == "but") {
		lo++
	}
	lo = c.skipParticipleOpener(lo, v)
	if v > a && fCoordinators[c.word(c.ws[v-1])] && (lo == v || fSpeechBefore(ms, v)) {
		return c.elidedSubject(si, v, ms, true)
	}
	if strings.HasSuffix(c.word(c.ws[v]), "ing") && c.word(c.ws[v]) != "according" {
		// "X welcomed the report saying …", "X sent a letter, saying …": the
		// participle's subject is the verb's.
		if who := c.elidedSubject(si, v, ms, v > a && c.word(c.ws[v-1]) == ","); who != fspNone {
			return who
		}
	}
	hi := v
	if lo == v || c.word(c.ws[v]) == "according" {
		// "according to the report," / "said Simon Garside, the chief executive"
		lo, hi = ve, ve
		for hi < b && !c.ws[hi].punct() && !c.inSpeech(hi) && hi-ve < 10 {
			hi++
		}
	}
	if lo >= hi {
		return fspNone
	}
	return c.classify(si, lo, hi, ms)
}

// fCoordinators join a second verb to the first one's subject ("welcomed the report
// and noted that …").
var fCoordinators = map[string]bool{"and": true, "but": true, "also": true}

// elidedSubject is who speaks a speech verb at word v that shares the subject of an
// earlier verb of sentence si ("X welcomed the report, and noted that …"): the words
// from the sentence's start to the first speech or reaction verb, or, without one, its
// first words up to a comma ("X has stopped short of …, but said …") when first is
// true.
func (c *findCtx) elidedSubject(si, v int, ms []fmatch, first bool) fSpeaker {
	a := c.skipParticipleOpener(c.firstWord(si), v)
	for _, m := range ms {
		if m.i >= v {
			break
		}
		if m.i > a && (m.e.tag == faSpeech || m.e.tag == faReaction) && !c.inSpeech(m.i) && !c.passive(a, m.i) {
			return c.classify(si, a, m.i, ms)
		}
	}
	if !first {
		return fspNone
	}
	hi := a
	for hi < v && hi-a < 8 && !c.ws[hi].punct() && !c.inSpeech(hi) {
		hi++
	}
	// The subject ends with its first noun: "Director Amos Venn sent a letter".
	for _, m := range ms {
		if m.i >= a && m.j <= hi && (m.e.tag == faInspector || m.e.tag == faOther) {
			hi = m.j
			break
		}
	}
	if hi == a {
		return fspNone
	}
	return c.classify(si, a, hi, ms)
}

// skipParticipleOpener moves lo past an opening participle phrase set off by a comma
// ("Reflecting on the report's findings, the chief executive said"): the phrase names
// what the speaker answers, not who speaks, so its "report" makes no inspector.
func (c *findCtx) skipParticipleOpener(lo, v int) int {
	if lo >= v || c.ws[lo].punct() || len(c.word(c.ws[lo])) < 6 || !strings.HasSuffix(c.word(c.ws[lo]), "ing") {
		return lo
	}
	for k := lo + 1; k < v-1; k++ {
		if c.word(c.ws[k]) == "," {
			return k + 1
		}
	}
	return lo
}

// passive reports a speech verb at word v that follows a form of "be" ("were both
// found to", "was described as").
func (c *findCtx) passive(a, v int) bool {
	for k := v - 1; k >= a && k >= v-3; k-- {
		switch c.word(c.ws[k]) {
		case "is", "are", "was", "were", "been", "be", "being":
			return true
		}
		if c.ws[k].punct() {
			return false
		}
	}
	return false
}

func fSpeechAt(ms []fmatch, i int) bool {
	for _, m := range ms {
		if m.i <= i && i < m.j && (m.e.tag == faSpeech || m.e.tag == faReaction || m.e.tag == faEvidence) {
			return true
		}
	}
	return false
}

// classify says who words [lo, hi) of sentence si name: the inspectors (an inspector
// noun anywhere, or a name the text gives an inspector), someone else (another noun, a
// name, "I", "we"), or a pronoun's referent.
func (c *findCtx) classify(si, lo, hi int, ms []fmatch) fSpeaker {
	if c.reportPage && c.relayedSpeaker(lo, hi) {
		return fspInspector // "Patients told us …" on a report page: the report relays them
	}
	other, named := false, false
	for _, m := range ms {
		if m.i < lo || m.j > hi {
			continue
		}
		switch m.e.tag {
		case faInspector:
			if !fOtherIn(ms, lo, hi) {
				// "Coun Ash spoke of an Ofsted letter which described …" names no inspector
				c.registerNames(si, lo, hi)
			}
			return fspInspector
		case faOther:
			if m.e.stems[0] == "we" && c.reportPage {
				return fspInspector
			}
			other = true
		}
	}
	first := c.sentW[si-c.s0][0]
	for i := lo; i < hi && !other; i++ {
		w := c.ws[i]
		if w.punct() || !w.upper() {
			continue
		}
		if i == first && !(i+1 < hi && c.ws[i+1].upper()) && !fAcronym(c.doc.Slice(c.rng(w))) {
			continue // a capital that only opens the sentence; an acronym is a name
		}
		if c.inspectorNames[c.word(w)] {
			c.lastPerson = fspInspector
			return fspInspector
		}
		named = true
	}
	if other || named {
		c.lastPerson = fspOther
		return fspOther
	}
	for i := lo; i < hi; i++ {
		switch c.word(c.ws[i]) {
		case "he", "she":
			if c.lastPerson == fspNone {
				return fspOther
			}
			return c.lastPerson
		case "one", "another", "others":
			if hi-lo == 1 {
				return fspOther // "One claimed …, and another said …": of those just named
			}
		case "it", "they":
			if c.lastKind == fspNone {
				return fspInspector
			}
			return c.lastKind
		}
	}
	return fspNone
}

// registerNames remembers the capitalised words of an inspector's attribution ("HM
// Inspector Gemma Rothwell said"), so that "Ms Rothwell wrote" is the inspector too.
func (c *findCtx) registerNames(si, lo, hi int) {
	first := c.sentW[si-c.s0][0]
	for i := lo; i < hi; i++ {
		w := c.ws[i]
		if !w.punct() && w.upper() && i != first && !fTitleWords[c.word(w)] {
			c.inspectorNames[c.word(w)] = true
		}
	}
	c.lastPerson = fspInspector
}

// noteInspectorNames registers the names that follow the word "inspector" in sentence
// si ("the chief inspector of prisons, Martin Cawdry, invoked …").
func (c *findCtx) noteInspectorNames(si int) {
	if !c.sentInsp[si-c.s0] {
		return // most sentences: readWindow saw no "inspector"
	}
	a, b := c.sentWords(si)
	for i := a; i < b; i++ {
		if !c.isWord(c.ws[i], fWordInspector) {
			continue
		}
		for k := i + 1; k < b && k <= i+7; k++ {
			w := c.ws[k]
			if w.punct() && c.word(w) != "," || !w.punct() && !w.upper() && c.word(w) != "of" {
				break
			}
			if !w.punct() && w.upper() && !fTitleWords[c.word(w)] {
				c.inspectorNames[c.word(w)] = true
			}
		}
	}
}

// fTitleWords are capitalised words of titles, not names.
var fTitleWords = map[string]bool{
	"his": true, "her": true, "majesty's": true, "majesty": true, "hm": true, "chief": true,
	"lead": true, "inspector": true, "inspectors": true, "of": true, "the": true, "in": true,
	"a": true, "an": true, "dr": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"sir": true, "dame": true, "professor": true, "prof": true, "deputy": true, "director": true,
}

// inspectorName reports whether a full name has a word the text gives an inspector.
func (c *findCtx) inspectorName(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if c.inspectorNames[f] {
			return true
		}
	}
	return false
}

// firstPersonOther reports a sentence that speaks in the first person ("we", "our",
// "I") without an inspection verb of the inspectors' own ("we found", "our
// inspection", "told us"): outside a report page, that is the voice of a provider, a
// head or a council, not the report's. quoted counts the words of its quotations too.
func (c *findCtx) firstPersonOther(si int, quoted bool) bool {
	if !c.sentFirst[si-c.s0] {
		return false // most sentences: readWindow saw no first-person word in them
	}
	a, b := c.sentWords(si)
	first := false
	for i := a; i < b && !first; i++ {
		w := c.ws[i]
		if w.punct() || c.inSpeech(i) && !quoted {
			continue
		}
		first = fFirstPerson.Has(text.Lookup(c.word(w)))
	}
	if !first {
		return false
	}
	return len(c.matches(&fInspectorVoiceLex, a, b)) == 0
}

// fFirstPerson are the words of the first person that firstPersonOther looks for.
// fFirstPersonBits has the bit fIDBit of each: readWindow asks of every word, and the
// bits tell most words apart without reading the set.
var (
	fFirstPerson     = text.NewWordSet([]string{"we", "our", "us", "i", "my", "we're", "we've", "i'm"})
	fFirstPersonBits = func() uint64 {
		var b uint64
		for id, ok := range fFirstPerson {
			if ok {
				b |= 1 << fIDBit(text.WordID(id))
			}
		}
		return b
	}()
)

// fIDBit hashes a word number to one of 64 bits.
func fIDBit(id text.WordID) uint64 { return uint64(id) * 0x9e3779b97f4a7c15 >> 58 }

// inspectorateWe reports a speech verb at word v said by a bare "we" in the
// inspectors' own phrasing ("We found a lack of checks", "we identified breaches") in
// a text that reports an inspectorate's inspection: CQC and HMI Prisons write their
// reports and press releases in the first person.
func (c *findCtx) inspectorateWe(v int) bool {
	if v == 0 || c.word(c.ws[v-1]) != "we" || !c.in.Inspectorate {
		return false
	}
	e := fInspectorVoiceLex.at(c.ws, v-1, min(len(c.ws), v+3))
	return e != nil && len(e.stems) == 2
}

// fAddSpeechVerbs adds the speech verbs (speech_verbs.txt, the quote stage's list) to
// the attribution matcher as words. A verb listed there before as a reaction ("vowed",
// "accepted") stays a reaction: of two matches of one length the first added wins.
func fAddSpeechVerbs(m *fMatcher) {
	for _, l := range lexicon.Lines("speech_verbs") {
		m.add(fEntry{stems: []string{"=" + strings.ToLower(l)}, tag: faSpeech})
	}
	m.sort()
}

// firstWord is the index of sentence si's first word, past punctuation.
func (c *findCtx) firstWord(si int) int {
	a, b := c.sentWords(si)
	for a < b && c.ws[a].punct() {
		a++
	}
	return a
}

// participleNoVerb reports a speech word at v in "-ing" that attributes nothing: it
// opens sentence si ("Writing to the council, …"), or the word after it is no start of
// what is said ("a warning notice", "calling for"; but "saying that", "adding:",
// "describing it as").
func (c *findCtx) participleNoVerb(si, v int) bool {
	if !strings.HasSuffix(c.word(c.ws[v]), "ing") || c.word(c.ws[v]) == "according" {
		return false
	}
	if v == c.firstWord(si) || v+1 >= c.sentW[si-c.s0][1] {
		return true
	}
	next := c.ws[v+1]
	return !next.punct() && !next.upper() && !c.inSpeech(v+1) && !fClauseStarts[c.word(next)]
}

// fClauseStarts are the words that can open what a participle of speech reports.
var fClauseStarts = map[string]bool{
	"that": true, "the": true, "a": true, "an": true, "it": true, "its": true, "he": true, "she": true,
	"they": true, "their": true, "his": true, "her": true, "there": true, "this": true, "these": true,
	"how": true, "what": true, "why": true, "some": true, "many": true, "most": true, "all": true,
	"staff": true, "children": true, "pupils": true, "people": true, "patients": true, "we": true, "i": true,
}

// fAcronym reports a word of two or more capital letters and no lower-case one
// ("SFRS"): a body's initials, a name even where it opens a sentence.
func fAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= 'a' && b <= 'z':
			return false
		case b >= 'A' && b <= 'Z':
			n++
		}
	}
	return n >= 2
}

// fSpeechBefore reports a speech or reaction verb before word v.
func fSpeechBefore(ms []fmatch, v int) bool {
	for _, m := range ms {
		if m.i < v && (m.e.tag == faSpeech || m.e.tag == faReaction) {
			return true
		}
	}
	return false
}

// fOtherIn reports a noun of someone other than the inspectors in words [lo, hi).
func fOtherIn(ms []fmatch, lo, hi int) bool {
	for _, m := range ms {
		if m.i >= lo && m.j <= hi && m.e.tag == faOther {
			return true
		}
	}
	return false
}

// accordingToInspectors reports a sentence that gives itself to the inspectors with
// "according to" ("…, while another said …, according to the report"): that names the
// source of all of it, whoever else speaks inside it.
func (c *findCtx) accordingToInspectors(si int, ms []fmatch) bool {
	for _, m := range ms {
		if m.e.tag == faSpeech && c.word(c.ws[m.i]) == "according" && !c.inSpeech(m.i) {
			return c.subject(si, m.i, m.j, ms) == fspInspector
		}
	}
	return false
}

// fRelayed are the people whose views a report relays (findings_relayed.txt).
var fRelayed = lexicon.Set("findings_relayed", true)

// relayedSpeaker reports a speaker named only by one of the fRelayed nouns: no
// capitalised name after the first word, and no more than a few words ("Most
// parents", "Patients we spoke to").
func (c *findCtx) relayedSpeaker(lo, hi int) bool {
	found := false
	for i := lo; i < hi; i++ {
		w := c.ws[i]
		if w.punct() {
			continue
		}
		if fRelayed[c.word(w)] {
			found = true
		} else if w.upper() && i > lo && !fRelayed[c.word(w)] {
			return false
		}
	}
	return found && hi-lo <= 6
}

// notePeople registers the names of the officials whose role is an inspector's, as the
// entity stage read them ("Lead inspector Jo Ash"): "Ms Ash said" is then the
// inspectors' voice, even before the text calls her an inspector again.
func (c *findCtx) notePeople(people []entity.Official) {
	for _, p := range people {
		if !strings.Contains(p.Role, "inspector") {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(p.Name)) {
			if !fTitleWords[f] {
				c.inspectorNames[f] = true
			}
		}
	}
}
