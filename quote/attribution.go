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
	Passive bool   // the verb is passive ("was described as", "leaders were told:"): its subject is spoken of, not speaking
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
	for first < len(toks) && int(toks[first].Start) < r.Start {
		first++
	}
	last := first
	for last < len(toks) && int(toks[last].End) <= r.End {
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
	w := &window{doc: doc, toks: doc.Tokens(), first: first, last: last}
	verb := w.speechVerb(after)
	if verb < 0 {
		if !after {
			return w.colonLeadIn()
		}
		return Attribution{}, false
	}
	a := Attribution{Verb: w.word(verb), Passive: w.passiveBefore(verb)}
	if w.word(verb) == "according" {
		return w.accordingTo(a, verb)
	}
	if (w.word(verb-1) == "and" || w.word(verb-1) == "but") && !after {
		verb = w.sharedSubject(verb)
	}
	if s, e := npBefore(verb, first, w.word); e > s {
		a.Speaker, a.Clause = w.rng(s, e), w.rng(w.clauseStart(s), verb)
		return a, true
	}
	if after {
		return w.speakerAfter(a, verb)
	}
	return Attribution{}, false
}

// window is the stretch of tokens [first, last) beside a quote that parseAround reads.
type window struct {
	doc         *text.Document
	toks        []text.Token
	first, last int
}

func (w *window) word(i int) string { return w.doc.WordIn(i, w.first, w.last) }

func (w *window) rng(a, b int) text.Range {
	return text.Range{Start: int(w.toks[a].Start), End: int(w.toks[b-1].End)}
}

// speechVerb returns the speech verb ("according" for "according to"), or -1: the
// first within a dozen words after a quote, the last before one. Right after a quote a
// new clause ("and urged councils …") attributes nothing.
func (w *window) speechVerb(after bool) int {
	isVerb := func(i int) bool { // i is in the window: its word number is the doc's
		id := w.doc.WordID(i)
		return speechVerbIDs.Has(id) || id == accordingID && w.word(i+1) == "to"
	}
	if !after {
		for i := w.last - 1; i >= w.first; i-- {
			if isVerb(i) {
				return i
			}
		}
		return -1
	}
	for i := w.first; i < w.last && i < w.first+12; i++ {
		if isVerb(i) {
			return i
		}
		if x := w.word(i); x == "." && i > w.first+1 || x == "and" || x == "but" || x == "that" || x == "as" || x == "when" || x == "while" || x == "after" {
			break
		}
	}
	return -1
}

// colonLeadIn gives the subject of a sentence that leads into the quote with a colon
// and no speech verb: "Carol Ainsworth, general secretary of …, put it plainly: “Q”".
func (w *window) colonLeadIn() (Attribution, bool) {
	if w.word(w.last-1) != ":" {
		return Attribution{}, false
	}
	c := w.last - 1
	for c > w.first && w.word(c-1) != "." && w.word(c-1) != ";" {
		c--
	}
	if c < w.last-1 {
		return Attribution{Speaker: w.rng(c, w.last-1), Clause: w.rng(c, w.last-1), Verb: ":"}, true
	}
	return Attribution{}, false
}

// passiveBefore reports a form of "be" within three auxiliaries before the verb:
// "was told", "has been described".
func (w *window) passiveBefore(verb int) bool {
	for k := verb - 1; k >= w.first && k >= verb-3; k-- {
		if x := w.word(k); x == "was" || x == "were" || x == "is" || x == "are" || x == "been" || x == "be" {
			return true
		} else if !aux[x] {
			return false
		}
	}
	return false
}

// accordingTo reads the speaker after "according to", with an appositive after a
// comma in its clause ("According to Labour MP for Dunmoor East, Sophie Tranter, …").
func (w *window) accordingTo(a Attribution, verb int) (Attribution, bool) {
	a.Verb = "according to"
	s, e := npAfter(verb+2, w.last, w.word)
	if e <= s {
		return Attribution{}, false
	}
	return w.withAppositive(a, s, e), true
}

// sharedSubject returns the speech verb before a verb joined to it by "and" or "but",
// whose subject they share: "Inspectors said … and praised a curriculum that was 'Q'",
// "The trust confirmed … but added that 'Q'".
func (w *window) sharedSubject(verb int) int {
	for k := verb - 2; k >= w.first; k-- {
		if IsSpeechVerb(w.word(k)) {
			return k
		}
	}
	return verb
}

// clauseStart returns where the clause holding the speaker at s starts, so that the
// clause keeps the subject with any aside.
func (w *window) clauseStart(s int) int {
	c := s
	for c > w.first {
		if x := w.word(c - 1); x == "." || x == ";" || x == ":" || x == "\"" || x == "'" {
			break
		}
		c--
	}
	return c
}

// withAppositive sets the speaker [s, e) read after a verb, its clause running on over
// an appositive after a comma: "said Jane Ash, the council's leader".
func (w *window) withAppositive(a Attribution, s, e int) Attribution {
	a.Speaker, a.Clause = w.rng(s, e), w.rng(s, e)
	if e < w.last && w.word(e) == "," {
		if _, e2 := npAfter(e+1, w.last, w.word); e2 > e+1 {
			a.Clause = w.rng(s, e2)
		}
	}
	return a
}

// speakerAfter reads the speaker after the verb, with an appositive after a comma:
// "said Jane Ash, the council's leader" / "said the council's leader, Jane Ash".
func (w *window) speakerAfter(a Attribution, verb int) (Attribution, bool) {
	s, e := npAfter(verb+1, w.last, w.word)
	if e <= s {
		return Attribution{}, false
	}
	return w.withAppositive(a, s, e), true
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
