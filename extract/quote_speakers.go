package extract

import (
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/text"
)

// speechNouns name something a person said: "remarks", "comments", "claims".
var speechNouns = lexicon.Set("speech_nouns", true)

// remarksFrom names the person whose remarks a quote reports when the words before it
// in its sentence say so: "Following remarks from the leader, Ana Roe, that the plan
// 'must …'". The phrase outranks a speech verb after the quote, which leads on to
// the next speaker. It returns -1 when the sentence says nothing of the kind.
func (s *state) remarksFrom(before text.Range) int {
	if before.Len() <= 0 {
		return -1
	}
	for _, pm := range s.mentionsIn(before) {
		rest := s.doc.Slice(text.Range{Start: pm.at.End, End: before.End})
		if !text.ContainsLower(rest, " that ") || strings.ContainsAny(rest, "\"“”") {
			continue // no "that" clause, or a quote of theirs closed before this one
		}
		if speechNounBefore(s.doc.LowerRange(text.Range{Start: before.Start, End: pm.at.Start})) {
			return pm.person
		}
	}
	return -1
}

// speechNounBefore reports text that ends with a speech noun, "from" or "by", and
// at most a role's few words: "remarks from Fenwold Labour leader".
func speechNounBefore(t string) bool {
	ws := strings.Fields(t)
	for k := len(ws) - 1; k >= 1 && k >= len(ws)-6; k-- {
		w := strings.Trim(ws[k], ",")
		if w == "from" || w == "by" {
			return speechNouns[ws[k-1]]
		}
		if strings.ContainsAny(ws[k], ".;:") {
			return false
		}
	}
	return false
}

// nearName returns the one person of the text whose given name or surname w is a
// slip of the pen for ("Rosamun added" after "Rosamund Tey"), or -1.
func (s *state) nearName(w string) int {
	if len(w) < 4 {
		return -1
	}
	found := -1
	for i, p := range s.people {
		if p.First == "" || !oneEditApart(w, p.First) && !oneEditApart(w, p.Surname) {
			continue
		}
		if found >= 0 {
			return -1 // two people fit: leave it
		}
		found = i
	}
	return found
}

// oneEditApart reports two different words of which one is the other with one
// letter changed, added or dropped.
func oneEditApart(a, b string) bool {
	if a == b || len(a) > len(b)+1 || len(b) > len(a)+1 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// bareSpokesperson reports a speaker phrase that is a spokesperson of no named body:
// "a spokesman", "the spokeswoman".
func bareSpokesperson(words []string) bool {
	if len(words) == 2 && (words[0] == "a" || words[0] == "the") {
		words = words[1:]
	}
	return len(words) == 1 && spokesWords[words[0]]
}

// lastBodyBefore names the body the text named last before p: an inspectorate or
// another body, whose spokesperson a bare "a spokesman said" is.
func (s *state) lastBodyBefore(p int) (string, quote.SpeakerKind) {
	insp, body := -1, -1
	if k := startingFrom(s.inspMentions, p, inspRange); k > 0 {
		insp = k - 1
	}
	if k := startingFrom(s.bodies, p, bodyRange); k > 0 {
		body = k - 1
	}
	switch {
	case insp >= 0 && (body < 0 || s.inspMentions[insp].Range.Start > s.bodies[body].Range.Start):
		return s.inspMentions[insp].Inspectorate.String(), quote.Inspectorate
	case body >= 0:
		return s.bodies[body].Name, quote.Organisation
	}
	return "", quote.Unknown
}

// indefiniteBefore returns the bare noun of the last unnamed person the sentence
// holding p introduced before p ("an officer", "one resident"), whom "another" at p
// follows; "" when there is none.
func (s *state) indefiniteBefore(p int) string {
	si := s.doc.SentenceAt(p)
	if si < 0 {
		return ""
	}
	ws := strings.Fields(s.doc.LowerRange(text.Range{Start: s.doc.Sentences()[si].Start, End: p}))
	for k := len(ws) - 2; k >= 0; k-- {
		if ws[k] == "a" || ws[k] == "an" || ws[k] == "one" {
			if n := layNoun(ws[k+1 : k+2]); n != "" {
				return n
			}
		}
	}
	return ""
}

// repeatedQuotes gives a quote that no one is said to speak (a pull quote in a
// headline or a standfirst, "Described as '…'") the speaker of a quote elsewhere in the
// text whose words hold it, when a named person speaks that one: coverage lifts a line from a
// speaker's statement and repeats it in full further on. weak tells, per quote, that
// its speaker is only a guess.
func (s *state) repeatedQuotes(weak []bool) {
	qs := s.report.Quotes
	if len(weak) != len(qs) || !slices.Contains(weak, true) {
		return // (no pull quote, in most texts: quote.Holders would find no holder)
	}
	texts, named := make([]string, len(qs)), make([]bool, len(qs))
	for i := range qs {
		texts[i], named[i] = qs[i].Text, qs[i].SpeakerKind == quote.Person
	}
	for i, j := range quote.Holders(texts, weak, named) {
		if j >= 0 {
			qs[i].Speaker, qs[i].SpeakerKind = qs[j].Speaker, qs[j].SpeakerKind
		}
	}
}

// nameLike reports a phrase written as a name: every word capitalised but the
// connectors inside names ("Ministry of Justice", "Fire and Rescue Service"), not a
// clause that merely opens a sentence ("They feel supported by the manager").
func nameLike(p string) bool {
	for _, w := range strings.Fields(strings.Trim(p, " ,.:")) {
		if !isCapital(w) && !nameConnectors[w] {
			return false
		}
	}
	return true
}

// nameConnectors are the lower-case words inside an organisation's name.
var nameConnectors = lexicon.Set("name_connectors", false)

// passiveAgent finds the agent of a passive attribution that runs into the quote:
// "was described by the chief inspector as '…'" gives "the chief inspector". before is
// the quote's sentence up to its opening mark.
func passiveAgent(doc *text.Document, before text.Range) (text.Range, bool) {
	if before.Len() <= 0 {
		return text.Range{}, false
	}
	low := doc.LowerRange(before)
	t := strings.TrimRight(low, " \t")
	if !strings.HasSuffix(t, " as") {
		return text.Range{}, false
	}
	t = t[:len(t)-len(" as")]
	by := strings.LastIndex(t, " by ")
	if by < 0 || len(t)-by > 60 || strings.ContainsAny(t[by:], ",;:\"“”") {
		return text.Range{}, false
	}
	return text.Range{Start: before.Start + by + len(" by "), End: before.Start + len(t)}, true
}

// agentSpeaker names the speaker a passive's agent phrase gives: a person named in it,
// else what its words say (the inspectors, the report, a body).
func (s *state) agentSpeaker(r text.Range, quoteAt int) (string, quote.SpeakerKind) {
	if pms := s.mentionsIn(r); len(pms) > 0 {
		return s.people[pms[0].person].Name, quote.Person
	}
	words := strings.Fields(s.doc.LowerRange(r))
	if len(words) == 0 {
		return "", quote.Unknown
	}
	if k := firstWithin(s.inspMentions, startingFrom(s.inspMentions, r.Start, inspRange), r, inspRange); k >= 0 && !has(words, "report") && !anyOf(words, inspectorWords) {
		return s.inspMentions[k].Inspectorate.String(), quote.Inspectorate
	}
	return s.speakerNoun(r, words, quoteAt)
}
