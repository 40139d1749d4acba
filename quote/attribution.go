package quote

import (
	"github.com/verdictnlp/verdict/text"
)

// Cue says where a quotation's attribution was found.
type Cue uint8

const (
	NoCue      Cue = iota // no attribution found
	CueBetween            // "Q1," the report read. "Q2"
	CueAfter              // "Q," said Jane Ash / "Q," she added / "Q," according to X
	CueBefore             // Jane Ash said: "Q" / According to X, "Q" / Inspectors said the council was "Q"
	CueLeadIn             // a paragraph ending "Jane Ash said:" before the quote's paragraph
)

// Attribution is the speaker phrase of a quotation as the text words it ("Council
// leader Gerald Cooney", "the report", "she", "a spokesperson for the trust"), for the
// resolver to name.
type Attribution struct {
	Speaker text.Range // the noun phrase that speaks; empty when none was found
	Clause  text.Range // the speaker with any aside: "Its branch secretary, Mark Tolley,"
	Cue     Cue
	Verb    string // the speech verb, lower case ("according to" for that phrase)
	Passive bool   // the verb is passive ("was described as"): its subject is spoken of
}

// Attribute finds who speaks a candidate quotation: in the words between its halves,
// then after it, then before it in its sentence, then in a lead-in paragraph.
func Attribute(doc *text.Document, c Candidate) Attribution {
	if a, ok := parseAround(doc, c.Between, true); ok {
		a.Cue = CueBetween
		return a
	}
	if a, ok := parseAround(doc, c.After, true); ok {
		if b, ok := parseAround(doc, c.Before, false); ok && a.Verb == "according to" && b.Verb != ":" && !b.Passive {
			// "another said they had 'Q', according to the report": the report
			// relays the words of the one the sentence says spoke them.
			b.Cue = CueBefore
			return b
		}
		a.Cue = CueAfter
		return a
	}
	if a, ok := parseAround(doc, c.Before, false); ok {
		a.Cue = CueBefore
		return a
	}
	if c.LeadIn.Len() > 0 {
		p := c.LeadIn
		if si := doc.SentenceAt(p.End - 1); si >= 0 {
			p.Start = max(p.Start, doc.Sentences()[si].Start)
		}
		if a, ok := parseAround(doc, p, false); ok {
			a.Cue = CueLeadIn
			return a
		}
	}
	return Attribution{}
}

// tokensIn returns the indexes [first, last) of the tokens inside r.
func tokensIn(doc *text.Document, r text.Range) (int, int) {
	toks := doc.Tokens()
	si := doc.SentenceAt(r.Start)
	if si < 0 {
		si = doc.SentenceAt(r.End - 1)
	}
	if si < 0 {
		return 0, 0
	}
	first := doc.Sentences()[si].First
	for first < len(toks) && toks[first].Start < r.Start {
		first++
	}
	last := first
	for last < len(toks) && toks[last].End <= r.End {
		last++
	}
	return first, last
}

// parseAround finds the speaker in a window after a quote (after is true: the verb
// comes first in the window, or the speaker then the verb: "said X", "X said") or
// before it ("X said:", "according to X,").
func parseAround(doc *text.Document, r text.Range, after bool) (Attribution, bool) {
	if r.Len() <= 0 {
		return Attribution{}, false
	}
	first, last := tokensIn(doc, r)
	if first >= last {
		return Attribution{}, false
	}
	toks := doc.Tokens()
	word := func(i int) string {
		if i < first || i >= last {
			return ""
		}
		return doc.Word(i)
	}
	rng := func(a, b int) text.Range { return text.Range{Start: toks[a].Start, End: toks[b-1].End} }
	// The speech verb: the first within a dozen words after a quote, the last before one.
	verb := -1
	if after {
		// Right after a quote: "," said X / X said / she added / according to X. A new
		// clause ("and urged councils …") attributes nothing.
		for i := first; i < last && i < first+12; i++ {
			if IsSpeechVerb(word(i)) || word(i) == "according" && word(i+1) == "to" {
				verb = i
				break
			}
			if w := word(i); w == "." && i > first+1 || w == "and" || w == "but" || w == "that" || w == "as" || w == "when" || w == "while" || w == "after" {
				break
			}
		}
	} else {
		for i := last - 1; i >= first; i-- {
			if IsSpeechVerb(word(i)) || word(i) == "according" && word(i+1) == "to" {
				verb = i
				break
			}
		}
	}
	if verb < 0 {
		// "Carol Ainsworth, general secretary of …, put it plainly: “Q”": a sentence
		// that leads into the quote with a colon is spoken by its subject.
		if !after && word(last-1) == ":" {
			c := last - 1
			for c > first && word(c-1) != "." && word(c-1) != ";" {
				c--
			}
			if c < last-1 {
				return Attribution{Speaker: rng(c, last-1), Clause: rng(c, last-1), Verb: ":"}, true
			}
		}
		return Attribution{}, false
	}
	a := Attribution{Verb: word(verb)}
	for k := verb - 1; k >= first && k >= verb-3; k-- {
		if w := word(k); w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" {
			a.Passive = true
			break
		} else if !aux[w] {
			break
		}
	}
	if word(verb) == "according" {
		a.Verb = "according to"
		if s, e := npAfter(verb+2, last, word); e > s {
			a.Speaker, a.Clause = rng(s, e), rng(s, e)
			if e < last && word(e) == "," {
				// "According to Labour MP for Dunmoor East, Sophie Tranter, …"
				if _, e2 := npAfter(e+1, last, word); e2 > e+1 {
					a.Clause = rng(s, e2)
				}
			}
			return a, true
		}
		return Attribution{}, false
	}
	if (word(verb-1) == "and" || word(verb-1) == "but") && !after {
		// "Inspectors said … and praised a curriculum that was 'Q'", "The trust
		// confirmed … but added that 'Q'": the verb shares the subject of the speech
		// verb before it.
		for k := verb - 2; k >= first; k-- {
			if IsSpeechVerb(word(k)) {
				verb = k
				break
			}
		}
	}
	if s, e := npBefore(verb, first, word); e > s {
		a.Speaker = rng(s, e)
		// The clause holds the subject with any aside: from the clause's start.
		c := s
		for c > first && word(c-1) != "." && word(c-1) != ";" && word(c-1) != ":" && word(c-1) != "\"" && word(c-1) != "'" {
			c--
		}
		a.Clause = rng(c, verb)
		return a, true
	}
	if after {
		if s, e := npAfter(verb+1, last, word); e > s {
			a.Speaker = rng(s, e)
			a.Clause = a.Speaker
			if e < last && word(e) == "," {
				// "said Jane Ash, the council's leader" / "said the council's leader, Jane Ash"
				_, e2 := npAfter(e+1, last, word)
				if e2 > e+1 {
					a.Clause = rng(s, e2)
				}
			}
			return a, true
		}
	}
	return Attribution{}, false
}

// npBefore returns the noun phrase that ends just before the verb at v: back to the
// window's start or a clause boundary, over an appositive or relative clause set off
// by commas ("Jane Ash, the council's leader, said").
func npBefore(v, first int, word func(int) string) (int, int) {
	end := v
	// Adverbs and auxiliaries between subject and verb: "has said", "also told".
	for end > first && aux[word(end-1)] {
		end--
	}
	if end > first && word(end-1) == "," {
		// "X, who …, said" / "X, the council's leader, said" / "X (Lab, Ward), lead
		// member, said": skip back to the comma that opens the aside, and take X.
		j := end - 2
		depth := 0
		for j >= first {
			w := word(j)
			if w == ")" {
				depth++
			} else if w == "(" {
				depth--
			} else if depth == 0 && (w == "," || w == "." || w == ";" || w == ":") {
				break
			}
			j--
		}
		if j >= first && word(j) == "," {
			s, e := npBefore(j, first, word)
			if e > s {
				return s, e
			}
		}
		return end, end
	}
	if end > first && word(end-1) == ")" {
		// "Cllr Ann Lee (Lab, Denton) said"
		j := end - 1
		for j > first && word(j) != "(" {
			j--
		}
		end = j
	}
	start := end
	for start > first && !boundary(word(start-1)) && end-start < 10 {
		start--
	}
	// "A mother who spent two years asking the council for help says": the speaker
	// is the phrase before the relative clause.
	for k := start; k < end; k++ {
		if w := word(k); w == "who" || w == "whose" {
			s := k
			for s > first && !boundary(word(s-1)) && k-s < 8 {
				s--
			}
			if s < k {
				return s, k
			}
		}
	}
	if end-start >= 10 {
		// Ten words and no boundary: the subject is further back than a phrase can be.
		for k := start - 1; k >= first && end-k < 24; k-- {
			if word(k) == "who" || word(k) == "whose" {
				s := k
				for s > first && !boundary(word(s-1)) && k-s < 8 {
					s--
				}
				if s < k {
					return s, k
				}
			}
			if boundary(word(k)) {
				break
			}
		}
	}
	return start, end
}

// npAfter returns the noun phrase that starts at i: up to a comma, a full stop, a
// relative pronoun, or "told"/"in a statement".
func npAfter(i, last int, word func(int) string) (int, int) {
	start := i
	for start < last && (word(start) == "," || word(start) == ":") {
		start++
	}
	end := start
	for end < last && !boundary(word(end)) && word(end) != "who" && word(end) != "which" && word(end) != "in" && word(end) != "on" && end-start < 10 {
		end++
	}
	return start, end
}

func boundary(w string) bool {
	switch w {
	case ",", ".", ":", ";", "\"", "'", "!", "?", "(", ")", "-", "and", "but", "that", "as", "when", "after", "while":
		return true
	}
	return false
}

// aux are words between a speaker and the speech verb.
var aux = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "then": true, "later": true, "previously": true,
	"earlier": true, "today": true, "yesterday": true, "further": true, "simply": true, "only": true,
	"publicly": true, "has also": true, "was": true, "is": true, "were": true, "had also": true,
}
