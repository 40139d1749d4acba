package findings

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
)

// clauses splits sentence words [a, b) at contrast words ("but", "however", "while",
// "although", "whilst", "though", ", yet") and semicolons. A subordinate clause that
// opens the sentence ("While turnover has decreased, caseloads have increased";
// "Inspectors said that while …, …"; "inspectors said despite …, …") also ends at its
// first comma or dash.
func (c *findCtx) clauses(a, b int) [][2]int {
	// The clauses are kept in the call's scratch: sentence, the only caller, is done
	// with a sentence's list before it asks for the next.
	cls := append(c.cls[:0], [2]int{a, b})
	cut := func(i int) {
		if last := &cls[len(cls)-1]; i > last[0] && i < b {
			last[1] = i
			cls = append(cls, [2]int{i, b})
		}
	}
	word := func(i int) string {
		if i < a || i >= b {
			return ""
		}
		return c.word(c.ws[i])
	}
	for i := a; i < b; i++ {
		w := c.ws[i]
		if w.punct() {
			if c.word(w) == ";" {
				cut(i + 1)
			}
			continue
		}
		if !fIsContrast(c.word(w)) {
			continue
		}
		prev, next := word(i-1), word(i+1)
		switch c.word(w) {
		case "yet":
			if prev != "," && prev != ";" || next == "to" {
				continue
			}
		case "but":
			if prev == "all" || next == "also" || next == "for" || c.notOnlyBefore(a, i) {
				continue
			}
		case "though":
			if prev == "as" {
				continue
			}
		case "while":
			if prev == "a" || prev == "worth" || prev == "for" {
				continue
			}
		case "however":
			if i > a && prev != "," && prev != ";" && prev != "." {
				continue
			}
		case "despite":
			if i > a && prev != "that" && prev != "said" {
				continue // "remains variable despite investment" is one clause
			}
		case "apart", "except":
			if next != "from" && next != "for" && next != "that" {
				continue
			}
		}
		cut(i)
		// A subordinate clause at the start runs to its comma.
		if (i == a || prev == "that" || prev == "said" || prev == ":") && c.word(w) != "but" && c.word(w) != "however" && c.word(w) != "yet" {
			for k := i + 1; k < b; k++ {
				if l := c.word(c.ws[k]); l == "," || l == "-" || l == "–" || l == "—" {
					cut(k + 1)
					break
				}
			}
		}
	}
	c.cls = cls
	return cls
}

func (c *findCtx) notOnlyBefore(a, i int) bool {
	for k := i - 1; k > a && k >= i-8; k-- {
		if c.is(c.ws[k], "only") && c.is(c.ws[k-1], "not") {
			return true
		}
	}
	return false
}

// clauseWords trims words [a, b) of a clause of their leading and trailing
// punctuation other than a closing full stop, and reports whether any are left: the
// clause's range runs from the first's start to the last's end (fItem.rng).
func (c *findCtx) clauseWords(a, b int) (int, int, bool) {
	for a < b && c.ws[a].punct() {
		a++
	}
	for b > a && c.ws[b-1].punct() && c.word(c.ws[b-1]) != "." && c.word(c.ws[b-1]) != ")" {
		b--
	}
	return a, b, a < b
}

// polarity scores words [a, b) of a clause: +1 a strength, -1 a failure, 0 no cue (or
// cues that cancel). framed is true when the clause is the inspectors' or the report's
// words, where weak cues count too: bare negation ("had not received an appraisal"),
// recommendations ("should", "needs to"), quantifiers ("only 68%"). prior is the
// polarity of the section the clause is in (0 for none).
func (c *findCtx) polarity(a, b int, framed bool, prior int) int {
	ms := c.matches(&fCueLex, a, b)
	used := make([]bool, len(ms)) // negators and modals that have flipped a cue
	var t fTally
	c.scoreCues(a, b, ms, used, framed, &t)
	if framed {
		c.scoreModals(a, ms, used, &t)
	}
	c.scoreToo(a, b, &t)
	if framed {
		c.scoreOnly(a, b, &t)
	}
	c.scoreTrend(a, b, &t)
	if t.hits == 0 {
		return 0
	}
	// A section's polarity weighs as much as one and a half weak cues: "The quality of
	// pathway plans" under "What needs to improve" stays a failure.
	switch score := 2*t.score + 3*prior; {
	case score > 0:
		return 1
	case score < 0:
		return -1
	}
	return 0
}

// fTally is a clause's running score and the number of cues that made it.
type fTally struct{ score, hits int }

func (t *fTally) add(v int) {
	t.score += v
	t.hits++
}

// cueGap counts the words between from and to, and says whether a clause mark lies
// there.
func (c *findCtx) cueGap(from, to int) (int, bool) {
	n := 0
	for k := from; k < to; k++ {
		w := c.ws[k]
		if w.punct() {
			if c.is(w, ",") || c.is(w, ";") || c.is(w, ":") || c.is(w, "(") || c.is(w, ")") {
				return n, true
			}
			continue
		}
		n++
	}
	return n, false
}

// cueWeight is a strength or failure word's weight: a weak one half, a heavy one double.
func cueWeight(e *fEntry) int {
	switch {
	case e.weak:
		return 1
	case e.heavy:
		return 4
	}
	return 2
}

// scoreCues adds the strength and failure words of clause [a, b), each turned by the
// negator or modal before it in reach, or by a negated verb after it. A word that only
// names an area by its key question is no cue.
func (c *findCtx) scoreCues(a, b int, ms []fmatch, used []bool, framed bool, t *fTally) {
	var areas []fmatch
	haveAreas := false
	object := c.failureObject(ms, b)
	for k, m := range ms {
		if c.maskedIn(m.i, m.j) || c.suppressed(m.i) || fCapabilityCue(m.e) && !c.inSpeech(m.i) {
			continue
		}
		if m.e.class == fcPos && m.i >= object {
			continue // "concerns about … keeping people safe": what the concern is about
		}
		if !haveAreas {
			areas, haveAreas = c.matches(&fAreaLex, a, b), true
		}
		if c.areaLabel(m, a, areas) {
			continue // "looked at whether the surgery was safe, effective and well-led"
		}
		if m.e.class != fcFail && m.e.class != fcPos || m.e.weak && !framed || c.intensifies(ms, k) {
			continue
		}
		sign := 1
		if m.e.class == fcFail {
			sign = -1
		}
		negated, modal := c.turnedBefore(ms, used, k, sign)
		if !negated && !modal && sign > 0 {
			negated = c.negatedAfter(ms, used, k)
		}
		if !negated && !modal && sign > 0 && c.aimedImprovement(m) {
			continue
		}
		if negated {
			sign = -sign
		}
		if modal {
			sign = -1
		}
		t.add(sign * cueWeight(m.e))
	}
}

// turnedBefore finds the negator or modal before cue k that turns it, marking it used.
// A negator flips the strengths in its reach ("not always timely or effective"); a
// negated verb reaches its clause's end ("did not arrange home visits so that staff
// could build strong relationships"). But a failure word only when it is the first
// cue after it and close by ("no backlog", "without unnecessary delay"): "have not
// understood the extent of the weaknesses" is one failure.
func (c *findCtx) turnedBefore(ms []fmatch, used []bool, k, sign int) (negated, modal bool) {
	m := ms[k]
	for q := k - 1; q >= 0; q-- {
		n := ms[q]
		if n.e.class != fcNeg && n.e.class != fcModal && !n.e.negates {
			continue
		}
		d, broken := c.cueGap(n.j, m.i)
		if broken || d > 8 && !(sign > 0 && fVerbNegator(n.e)) {
			break
		}
		if n.e.class != fcModal && sign < 0 && (used[q] || d > 3) {
			break
		}
		used[q] = true
		return n.e.class != fcModal, n.e.class == fcModal
	}
	return false, false
}

// negatedAfter finds a verb negated after its subject, cue k: "improvements have not
// yet been embedded".
func (c *findCtx) negatedAfter(ms []fmatch, used []bool, k int) bool {
	m := ms[k]
	for q := k + 1; q < len(ms); q++ {
		n := ms[q]
		if n.e.class != fcNeg || !fVerbNegator(n.e) {
			continue
		}
		if d, broken := c.cueGap(m.j, n.i); !broken && d <= 3 {
			used[q] = true
			return true
		}
		return false
	}
	return false
}

// scoreModals adds, in the inspectors' words, the recommendations and the negators
// that turned nothing. A recommendation: "The school needs to ensure …", "Leaders
// should …", "The board was told it needed to ensure every ward had cover at night":
// a modal that heads its clause (no cue word before it) governs all of it, and so does
// one that is its clause's own verb (ownVerbModal: "clear, up-to-date records should
// be better kept").
func (c *findCtx) scoreModals(a int, ms []fmatch, used []bool, t *fTally) {
	for k, m := range ms {
		if c.maskedIn(m.i, m.j) {
			continue
		}
		if m.e.class == fcModal && (c.words(a, m.i) <= 4 || !fCueBefore(ms, k) || c.ownVerbModal(a, m)) {
			t.add(-10)
		}
		if !used[k] && (m.e.class == fcNeg || m.e.class == fcModal) {
			t.add(-1)
		}
	}
}

// ownVerbModal reports a modal auxiliary of one word ("should", "must") with no finite
// verb before it in its clause: the clause's own verb. A longer modal may be no verb at
// all ("the support needed to settle").
func (c *findCtx) ownVerbModal(a int, m fmatch) bool {
	return len(m.e.stems) == 1 && !c.finiteBefore(a, m.i)
}

// finiteBefore reports a finite "be", "have" or "do" in words [a, i)
// (findings_finite_verbs.txt): a modal at i after none is its clause's own verb.
func (c *findCtx) finiteBefore(a, i int) bool {
	for k := a; k < i; k++ {
		if fFiniteVerbs[c.word(c.ws[k])] {
			return true
		}
	}
	return false
}

// fFiniteVerbs are the finite forms of "be", "have" and "do".
var fFiniteVerbs = lexicon.Set("findings_finite_verbs", true)

// scoreToo adds "too" before a word: "too many children", "caseloads too high", "far
// too long".
func (c *findCtx) scoreToo(a, b int, t *fTally) {
	for i := a; i+1 < b; i++ {
		if c.isWord(c.ws[i], fWordToo) && !c.ws[i+1].punct() && !c.masked(i) {
			t.add(-4)
		}
	}
}

// scoreOnly adds "only" before a number or share: "only 68% of staff", "only the
// majority".
func (c *findCtx) scoreOnly(a, b int, t *fTally) {
	for i := a; i+1 < b; i++ {
		if !c.isWord(c.ws[i], fWordOnly) || i > a && (c.word(c.ws[i-1]) == "the" || c.word(c.ws[i-1]) == "not" || c.word(c.ws[i-1]) == "if") {
			continue
		}
		if next := c.ws[i+1]; c.word(next)[0] >= '0' && c.word(next)[0] <= '9' || fShareWords[c.word(next)] {
			t.add(-1)
		}
	}
}

// scoreTrend adds the direction of change: "caseloads have increased", "turnover has
// decreased". The noun and the direction word lie within a few words of each other;
// an aim ("to reduce risk") is no change.
func (c *findCtx) scoreTrend(a, b int, t *fTally) {
	// The two lists live in the call's scratch: polarity is done with them before it
	// asks again.
	nouns, dirs := c.buf.nouns[:0], c.buf.dirs[:0]
	for _, m := range c.matches(&fTrendLex, a, b) {
		if c.maskedIn(m.i, m.j) {
			continue
		}
		switch m.e.tag {
		case ftBad, ftGood:
			nouns = append(nouns, m)
		case ftUp, ftDown:
			if m.i > a && c.word(c.ws[m.i-1]) == "to" {
				continue
			}
			dirs = append(dirs, m)
		}
	}
	c.buf.nouns, c.buf.dirs = nouns[:0], dirs[:0] // kept for the next clause; read below
	trend := 0
	for _, n := range nouns {
		best := c.nearestDirection(n, dirs)
		if best < 0 {
			continue
		}
		if (n.e.tag == ftBad) == (dirs[best].e.tag == ftUp) {
			trend--
		} else {
			trend++
		}
	}
	switch {
	case trend > 0:
		t.add(3)
	case trend < 0:
		t.add(-3)
	}
}

// nearestDirection is the index of the direction word nearest to noun n, within five
// words, or -1.
func (c *findCtx) nearestDirection(n fmatch, dirs []fmatch) int {
	best, bestGap := -1, 6
	for k, d := range dirs {
		lo, hi := n.j, d.i
		if d.i < n.i {
			lo, hi = d.j, n.i
		}
		if g := c.words(lo, hi); g < bestGap {
			best, bestGap = k, g
		}
	}
	return best
}

// fShareWords are what "only" quantifies in a shortfall: "only a third", "only half".
var fShareWords = map[string]bool{
	"a": true, "around": true, "about": true, "half": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "the": true, "some": true, "a few": true, "few": true,
}

// fVerbNegator reports a negator that negates a verb ("not", "n't", "never"), so also
// the subject before it.
func fVerbNegator(e *fEntry) bool {
	if len(e.stems) == 0 {
		return false
	}
	switch e.stems[0] {
	case "not", "n't", "never":
		return true
	}
	return false
}

func (c *findCtx) maskedIn(i, j int) bool {
	for k := i; k < j; k++ {
		if c.masked(k) {
			return true
		}
	}
	return false
}

// fCueBefore reports whether a strength or failure word comes before match k.
func fCueBefore(ms []fmatch, k int) bool {
	for _, m := range ms[:k] {
		if m.e.class == fcPos || m.e.class == fcFail {
			return true
		}
	}
	return false
}

// fIntensifiers are degree words that belong to the failure word they come right
// before (findings_intensifiers.txt).
var fIntensifiers = lexicon.Set("findings_intensifiers", true)

// intensifies reports a strength word k that is a degree word right before a failure
// word ("highly dangerous behaviours"): it makes that failure stronger, not a strength.
func (c *findCtx) intensifies(ms []fmatch, k int) bool {
	m := ms[k]
	if m.e.class != fcPos || m.j-m.i != 1 || k+1 >= len(ms) || ms[k+1].i != m.j || ms[k+1].e.class != fcFail {
		return false
	}
	return fIntensifiers[c.word(c.ws[m.i])] // last: the tests before it spare most cues the hash
}

// fAboutWords lead from a failure word to what it is about ("concerns about", "worries
// over").
var fAboutWords = map[string]bool{"about": true, "over": true, "regarding": true, "around": true, "surrounding": true}

// failureObject is the first word after a failure word and "about" (or "over",
// "regarding") in the clause's cues ms, or b: the words from there name what the
// failure is about, so a strength word among them ("concerns about its effective
// service") is no strength.
func (c *findCtx) failureObject(ms []fmatch, b int) int {
	for _, m := range ms {
		if m.e.class == fcFail && m.j < b && fAboutWords[c.word(c.ws[m.j])] && !c.maskedIn(m.i, m.j) {
			return m.j + 1
		}
	}
	return b
}

// aimedImprovement reports an improvement that is only an aim, a wish or a demand:
// "to improve" or "to make improvements" after a word that is not one of progress
// under way (findings_progress_verbs.txt), one of the two words before "to" ("efforts
// made to improve"): "a push to improve", "told it to make
// improvements", but not "has continued to improve". A modal or negator before it has
// already made it a need ("needs to improve").
func (c *findCtx) aimedImprovement(m fmatch) bool {
	if len(m.e.stems) != 1 || m.e.stems[0] != fImproveStem {
		return false
	}
	i := m.i - 1
	if i >= 0 && (c.word(c.ws[i]) == "make" || c.word(c.ws[i]) == "making") {
		i--
	}
	if i < 1 || c.word(c.ws[i]) != "to" {
		return false
	}
	return !fProgressVerbs[fStem(c.word(c.ws[i-1]))] && (i < 2 || !fProgressVerbs[fStem(c.word(c.ws[i-2]))])
}
