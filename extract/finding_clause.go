package extract

import (
	"github.com/verdictnlp/verdict/text"
)

// clauses splits sentence words [a, b) at contrast words ("but", "however", "while",
// "although", "whilst", "though", ", yet") and semicolons. A subordinate clause that
// opens the sentence ("While turnover has decreased, caseloads have increased";
// "Inspectors said that while …, …") also ends at its first comma.
func (c *findCtx) clauses(a, b int) [][2]int {
	cuts := []int{a}
	cut := func(i int) {
		if i > cuts[len(cuts)-1] && i < b {
			cuts = append(cuts, i)
		}
	}
	word := func(i int) string {
		if i < a || i >= b {
			return ""
		}
		return c.ws[i].low
	}
	for i := a; i < b; i++ {
		w := c.ws[i]
		if w.punct {
			if w.low == ";" {
				cut(i + 1)
			}
			continue
		}
		if !fContrast[w.low] {
			continue
		}
		prev, next := word(i-1), word(i+1)
		switch w.low {
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
			if i > a {
				continue // "remains variable despite investment" is one clause
			}
		case "apart", "except":
			if next != "from" && next != "for" && next != "that" {
				continue
			}
		}
		cut(i)
		// A subordinate clause at the start runs to its comma.
		if (i == a || prev == "that" || prev == "said" || prev == ":") && w.low != "but" && w.low != "however" && w.low != "yet" {
			for k := i + 1; k < b; k++ {
				if c.ws[k].low == "," {
					cut(k + 1)
					break
				}
			}
		}
	}
	out := make([][2]int, 0, len(cuts))
	for k, s := range cuts {
		e := b
		if k+1 < len(cuts) {
			e = cuts[k+1]
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

func (c *findCtx) notOnlyBefore(a, i int) bool {
	for k := i - 1; k > a && k >= i-8; k-- {
		if c.ws[k].low == "only" && c.ws[k-1].low == "not" {
			return true
		}
	}
	return false
}

// clauseRange is the analysis range of words [a, b) without leading and trailing
// punctuation other than a closing full stop.
func (c *findCtx) clauseRange(a, b int) (text.Range, bool) {
	for a < b && c.ws[a].punct {
		a++
	}
	for b > a && c.ws[b-1].punct && c.ws[b-1].low != "." && c.ws[b-1].low != ")" {
		b--
	}
	if a >= b {
		return text.Range{}, false
	}
	return text.Range{Start: c.ws[a].r.Start, End: c.ws[b-1].r.End}, true
}

// polarity scores words [a, b) of a clause: +1 a strength, -1 a failure, 0 no cue (or
// cues that cancel). framed is true when the clause is the inspectors' or the report's
// words, where weak cues count too: bare negation ("had not received an appraisal"),
// recommendations ("should", "needs to"), quantifiers ("only 68%"). prior is the
// polarity of the section the clause is in (0 for none).
func (c *findCtx) polarity(a, b int, framed bool, prior int) int {
	ms := fCueLex.find(c.ws, a, b, nil)
	score, hits := 0, 0
	// Negators and modals and what they have flipped.
	used := make([]bool, len(ms))
	gap := func(from, to int) (int, bool) { // words between, and whether a clause mark lies there
		n := 0
		for k := from; k < to; k++ {
			w := c.ws[k]
			if w.punct {
				if w.low == "," || w.low == ";" || w.low == ":" || w.low == "(" || w.low == ")" {
					return n, true
				}
				continue
			}
			n++
		}
		return n, false
	}
	for k, m := range ms {
		if c.maskedIn(m.i, m.j) || c.suppressed[m.i] {
			continue
		}
		if m.e.class != fcFail && m.e.class != fcPos {
			continue
		}
		if m.e.weak && !framed {
			continue
		}
		sign := 1
		if m.e.class == fcFail {
			sign = -1
		}
		weight := 2
		switch {
		case m.e.weak:
			weight = 1
		case m.e.heavy:
			weight = 4
		}
		negated, modal := false, false
		for q := k - 1; q >= 0; q-- {
			n := ms[q]
			if n.e.class != fcNeg && n.e.class != fcModal && !n.e.negates {
				continue
			}
			d, broken := gap(n.j, m.i)
			if broken || d > 8 {
				break
			}
			// A negator flips the strengths in its reach ("not always timely or
			// effective"), but a failure word only when it is the first cue after it
			// and close by ("no backlog", "without unnecessary delay"): "have not
			// understood the extent of the weaknesses" is one failure.
			if n.e.class != fcModal && sign < 0 && (used[q] || d > 3) {
				break
			}
			if n.e.class == fcModal {
				modal = true
			} else {
				negated = !negated
			}
			used[q] = true
			break
		}
		// A verb negated after its subject: "improvements have not yet been embedded".
		if !negated && !modal && sign > 0 {
			for q := k + 1; q < len(ms); q++ {
				n := ms[q]
				if n.e.class != fcNeg || !fVerbNegator(n.e) {
					continue
				}
				if d, broken := gap(m.j, n.i); !broken && d <= 3 {
					negated = true
					used[q] = true
				}
				break
			}
		}
		if negated {
			sign = -sign
		}
		if modal {
			sign = -1
		}
		score += sign * weight
		hits++
	}
	if framed {
		for k, m := range ms {
			if c.maskedIn(m.i, m.j) {
				continue
			}
			// A recommendation: "The school needs to ensure …", "Leaders should …",
			// "The board was told it needed to ensure every ward had cover at night":
			// a modal that heads its clause (no cue word before it) governs all of it.
			if m.e.class == fcModal && (c.words(a, m.i) <= 4 || !fCueBefore(ms, k)) {
				score -= 10
				hits++
			}
			if !used[k] && (m.e.class == fcNeg || m.e.class == fcModal) {
				score--
				hits++
			}
		}
	}
	// "too" before a word: "too many children", "caseloads too high", "far too long".
	for i := a; i+1 < b; i++ {
		if c.ws[i].low == "too" && !c.ws[i+1].punct && !c.masked[i] {
			score -= 4
			hits++
		}
	}
	// "only" before a number or share: "only 68% of staff", "only the majority".
	if framed {
		for i := a; i+1 < b; i++ {
			if c.ws[i].low != "only" || i > a && (c.ws[i-1].low == "the" || c.ws[i-1].low == "not" || c.ws[i-1].low == "if") {
				continue
			}
			if next := c.ws[i+1]; next.stem != "" && (next.low[0] >= '0' && next.low[0] <= '9' || fShareWords[next.low]) {
				score--
				hits++
			}
		}
	}
	// Direction of change: "caseloads have increased", "turnover has decreased". The
	// noun and the direction word lie within a few words of each other; an aim ("to
	// reduce risk") is no change.
	var nouns, dirs []fmatch
	for _, m := range fTrendLex.find(c.ws, a, b, nil) {
		if c.maskedIn(m.i, m.j) {
			continue
		}
		switch m.e.tag {
		case ftBad, ftGood:
			nouns = append(nouns, m)
		case ftUp, ftDown:
			if m.i > a && c.ws[m.i-1].low == "to" {
				continue
			}
			dirs = append(dirs, m)
		}
	}
	trend := 0
	for _, n := range nouns {
		// The nearest direction word to the noun, within five words.
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
		score += 3
		hits++
	case trend < 0:
		score -= 3
		hits++
	}
	if hits == 0 {
		return 0
	}
	// A section's polarity weighs as much as one and a half weak cues: "The quality of
	// pathway plans" under "What needs to improve" stays a failure.
	switch score = 2*score + 3*prior; {
	case score > 0:
		return 1
	case score < 0:
		return -1
	}
	return 0
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
		if c.masked[k] {
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
