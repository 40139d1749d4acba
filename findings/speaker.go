package findings

import (
	"strings"
)

// inSpeech reports whether word i lies in a quotation of five words or more (shorter
// quoted stretches are scare quotes, grades or names, read as the sentence's own words).
func (c *findCtx) inSpeech(i int) bool {
	q := c.quoted[i]
	return q > 0 && c.quotes[q-1].words >= 5
}

// attribution returns who the words of sentence si outside its quotations are given to:
// the subject of its first speech verb ("Inspectors found …", "… , the report read",
// "Council leader Jane Ash said …", "according to the report"), or the subject of a
// promise ("The council has vowed …") when nothing else is attributed. It updates the
// speakers that "it", "they", "he" and "she" refer to.
func (c *findCtx) attribution(si int) fSpeaker {
	a, b := c.sentW[si][0], c.sentW[si][1]
	ms := fAttribLex.find(c.ws, a, b, nil)
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
		// A passive ("were found to", "was described as") names no speaker.
		if fPassive(c.ws, a, m.i) {
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
		if w.punct && w.low != "-" || fReactionEnds[w.low] {
			return
		}
		c.suppressed[k] = true
	}
}

// fReactionEnds are the words that end a promise's clause.
var fReactionEnds = map[string]bool{"after": true, "when": true, "because": true, "as": true, "following": true, "once": true, "since": true, "but": true, "while": true}

// subject classifies who speaks the verb at words [v, ve) of sentence si: the words
// before it back to a clause edge, or, when there are none ("…,” said Jane Ash), the
// words after it up to a comma.
func (c *findCtx) subject(si, v, ve int, ms []fmatch) fSpeaker {
	a, b := c.sentW[si][0], c.sentW[si][1]
	lo := v
	for lo > a && v-lo < 16 {
		w := c.ws[lo-1]
		if c.inSpeech(lo-1) || w.low == ":" || w.low == ";" || w.low == "that" || w.low == "(" {
			break
		}
		if w.low == "," && lo < v && (c.ws[lo].low == "and" || c.ws[lo].low == "but") {
			lo++ // ", and …" starts a new clause
			break
		}
		if fSpeechAt(ms, lo-1) {
			break
		}
		lo--
	}
	for lo < v && (c.ws[lo].punct || c.ws[lo].low == "and" || c.ws[lo].low == "but") {
		lo++
	}
	lo = c.skipParticipleOpener(lo, v)
	hi := v
	if lo == v || c.ws[v].low == "according" {
		// "according to the report," / "said Simon Garside, the chief executive"
		lo, hi = ve, ve
		for hi < b && !c.ws[hi].punct && !c.inSpeech(hi) && hi-ve < 10 {
			hi++
		}
	}
	if lo >= hi {
		return fspNone
	}
	return c.classify(si, lo, hi, ms)
}

// skipParticipleOpener moves lo past an opening participle phrase set off by a comma
// ("Reflecting on the report's findings, the chief executive said"): the phrase names
// what the speaker answers, not who speaks, so its "report" makes no inspector.
func (c *findCtx) skipParticipleOpener(lo, v int) int {
	if lo >= v || c.ws[lo].punct || len(c.ws[lo].low) < 6 || !strings.HasSuffix(c.ws[lo].low, "ing") {
		return lo
	}
	for k := lo + 1; k < v-1; k++ {
		if c.ws[k].low == "," {
			return k + 1
		}
	}
	return lo
}

// fPassive reports a speech verb at word v that follows a form of "be" ("were both
// found to", "was described as").
func fPassive(ws []fword, a, v int) bool {
	for k := v - 1; k >= a && k >= v-3; k-- {
		switch ws[k].low {
		case "is", "are", "was", "were", "been", "be", "being":
			return true
		}
		if ws[k].punct {
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
	other := false
	var names []string
	for _, m := range ms {
		if m.i < lo || m.j > hi {
			continue
		}
		switch m.e.tag {
		case faInspector:
			c.registerNames(si, lo, hi)
			return fspInspector
		case faOther:
			if m.e.stems[0] == "we" && c.reportPage {
				return fspInspector
			}
			other = true
		}
	}
	first := c.sentW[si][0]
	for i := lo; i < hi && !other; i++ {
		w := c.ws[i]
		if w.punct || !w.upper {
			continue
		}
		if i == first && !(i+1 < hi && c.ws[i+1].upper) {
			continue
		}
		if c.inspectorNames[w.low] {
			c.lastPerson = fspInspector
			return fspInspector
		}
		names = append(names, w.low)
	}
	if other || len(names) > 0 {
		c.lastPerson = fspOther
		return fspOther
	}
	for i := lo; i < hi; i++ {
		switch c.ws[i].low {
		case "he", "she":
			if c.lastPerson == fspNone {
				return fspOther
			}
			return c.lastPerson
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
	first := c.sentW[si][0]
	for i := lo; i < hi; i++ {
		w := c.ws[i]
		if !w.punct && w.upper && i != first && !fTitleWords[w.low] {
			c.inspectorNames[w.low] = true
		}
	}
	c.lastPerson = fspInspector
}

// noteInspectorNames registers the names that follow the word "inspector" in sentence
// si ("the chief inspector of prisons, Martin Cawdry, invoked …").
func (c *findCtx) noteInspectorNames(si int) {
	a, b := c.sentW[si][0], c.sentW[si][1]
	for i := a; i < b; i++ {
		if c.ws[i].low != "inspector" {
			continue
		}
		for k := i + 1; k < b && k <= i+7; k++ {
			w := c.ws[k]
			if w.punct && w.low != "," || !w.punct && !w.upper && w.low != "of" {
				break
			}
			if !w.punct && w.upper && !fTitleWords[w.low] {
				c.inspectorNames[w.low] = true
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
	a, b := c.sentW[si][0], c.sentW[si][1]
	first := false
	for i := a; i < b; i++ {
		w := c.ws[i]
		if w.punct || c.inSpeech(i) && !quoted {
			continue
		}
		switch w.low {
		case "we", "our", "us", "i", "my", "we're", "we've", "i'm":
			first = true
		}
	}
	if !first {
		return false
	}
	return len(fInspectorVoiceLex.find(c.ws, a, b, nil)) == 0
}

// inspectorateWe reports a speech verb at word v said by a bare "we" in the
// inspectors' own phrasing ("We found a lack of checks", "we identified breaches") in
// a text that reports an inspectorate's inspection: CQC and HMI Prisons write their
// reports and press releases in the first person.
func (c *findCtx) inspectorateWe(v int) bool {
	if v == 0 || c.ws[v-1].low != "we" || !c.in.Inspectorate {
		return false
	}
	e := fInspectorVoiceLex.at(c.ws, v-1, min(len(c.ws), v+3))
	return e != nil && len(e.stems) == 2
}
