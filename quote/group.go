package quote

import (
	"maps"
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

// speechVerbs are the verbs that attribute a quotation (lexicon speech_verbs.txt).
var speechVerbs = lexicon.Set("speech_verbs", true)

// IsSpeechVerb reports whether w (lower case) attributes a quotation.
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// speechVerbIDs holds the speech verbs by word number, for the attribution windows,
// which test each of their words.
var speechVerbIDs = text.NewWordSet(slices.Collect(maps.Keys(speechVerbs)))

var accordingID = text.Intern("according")

// Candidate is a quotation before attribution: the segments it is made of, in order,
// and the stretches of text around it that may say who is speaking.
type Candidate struct {
	Segments   []Segment
	Paragraphs int
	Words      int

	Before  text.Range // the first segment's sentence up to its opening mark
	After   text.Range // from the first paragraph's last closing mark to its sentence end
	Between text.Range // between the halves of a quote split by its attribution
	LeadIn  text.Range // the paragraph before, when it ends in a colon and the quote opens the next
}

// Range is the quote's words, from the first after the opening mark to the last before
// the closing one, across all its paragraphs.
func (c Candidate) Range() text.Range {
	return text.Range{Start: c.Segments[0].Content.Start, End: c.Segments[len(c.Segments)-1].Content.End}
}

// MinWords is the shortest quotation, in words; shorter quoted stretches are scare
// quotes, grades or names.
const MinWords = 5

// Candidates groups doc's segments into quotations: a paragraph that carries on an
// unclosed quote joins it, and so does the second half of a quote split by its
// attribution ("Q1," the report read. "Q2"). Every candidate is returned, however
// short; callers keep those of MinWords or more. The candidates' Segments are
// slices of segs, which the caller must not change afterwards.
func Candidates(doc *text.Document, segs []Segment) []Candidate {
	var out []Candidate
	if len(segs) > 0 {
		out = make([]Candidate, 0, len(segs)) // a candidate per segment at most
	}
	// The candidates' segments are consecutive runs of segs: each is a slice of segs
	// (capped, so that appending to one never writes into the next), not a copy.
	// Segments already returns a list of its own. first is the last candidate's
	// first segment.
	store, first := segs, 0
	t := doc.Text()
	// lastIdx[i] is the last segment of segment i's paragraph, found in one pass.
	lastIdx := make([]int, len(segs))
	for i := len(segs) - 1; i >= 0; i-- {
		lastIdx[i] = i
		if i+1 < len(segs) && segs[i+1].Para == segs[i].Para {
			lastIdx[i] = lastIdx[i+1]
		}
	}
	for i := 0; i < len(segs); i++ {
		s := segs[i]
		if len(out) > 0 {
			c := &out[len(out)-1]
			last := c.Segments[len(c.Segments)-1]
			switch {
			case s.Continues && last.Close < 0 && s.Para > last.Para && interludesBetween(doc, last.Para, s.Para):
				c.Segments = store[first : i+1 : i+1]
				c.Paragraphs++
				c.Words += s.Words
				continue
			case s.Para == last.Para && last.Close >= 0 && len(c.Segments) == 1:
				between := text.Range{Start: last.Close + 1, End: s.Open}
				// "Q1," the report read. "Q2": the first half ends with its punctuation,
				// or the words between open with a comma, and they end a clause.
				lastWord := strings.TrimSpace(t[last.Content.Start:last.Content.End])
				bt := strings.TrimSpace(t[between.Start:between.End])
				punct := strings.HasSuffix(lastWord, ",") || strings.HasSuffix(lastWord, ".") || strings.HasSuffix(lastWord, "!") || strings.HasSuffix(lastWord, "?") || strings.HasPrefix(bt, ",")
				// A colon after the attribution leads into a new quote: "Q1", Ana Roe
				// said: "Q2".
				ends := strings.HasSuffix(bt, ".") || strings.HasSuffix(bt, ",")
				if punct && ends && isAttribution(doc, between) {
					c.Segments = store[first : i+1 : i+1]
					c.Words += s.Words
					c.Between = between
					continue
				}
			}
		}
		c := Candidate{Segments: store[i : i+1 : i+1], Paragraphs: 1, Words: s.Words}
		first = i
		p := doc.Paragraphs()[s.Para]
		if si := doc.SentenceAt(s.Open); si >= 0 {
			start := doc.Sentences()[si].Start
			c.Before = text.Range{Start: max(start, p.Start), End: s.Open}
		}
		c.After = after(doc, segs, i, lastIdx[i])
		if s.Para > 0 && (strings.TrimSpace(t[p.Start:s.Open]) == "" || bullet(t[p.Start:p.End])) {
			// The paragraph before, when it ends in a colon: "She said:" before a quote
			// paragraph, or "Inspectors highlighted:" before a list of bullets.
			k := s.Para - 1
			for k > 0 && bullet(t[doc.Paragraphs()[k].Start:doc.Paragraphs()[k].End]) && bullet(t[p.Start:p.End]) {
				k--
			}
			prev := doc.Paragraphs()[k]
			if strings.HasSuffix(strings.TrimSpace(t[prev.Start:prev.End]), ":") {
				c.LeadIn = prev.Range
			}
		}
		out = append(out, c)
	}
	return out
}

// after returns the stretch after segment i that may attribute it: from the last
// closing mark of its paragraph (segment last) to its sentence end, or the words
// between it and the next quote of its sentence when they attribute it.
func after(doc *text.Document, segs []Segment, i, last int) text.Range {
	s := segs[i]
	if i+1 < len(segs) && segs[i+1].Para == s.Para && s.Close >= 0 && doc.SentenceAt(s.Close) == doc.SentenceAt(segs[i+1].Open) {
		// "Q1" the report read, "Q2": two quotes of one paragraph, the words between
		// attributing the first.
		if between := (text.Range{Start: s.Close + 1, End: segs[i+1].Open}); isAttribution(doc, between) {
			return between
		}
	}
	lastInPara := segs[last]
	if lastInPara.Close < 0 {
		return text.Range{}
	}
	end := doc.Paragraphs()[s.Para].End
	if si := doc.SentenceAt(lastInPara.Close); si >= 0 {
		end = min(end, doc.Sentences()[si].End)
	}
	// A closing mark that ends its sentence ("… taken.”") is followed by the next
	// sentence: give that one instead when it is short ("It said.").
	if end <= lastInPara.Close+1 {
		if si := doc.SentenceAt(lastInPara.Close); si >= 0 && si+1 < len(doc.Sentences()) && doc.Sentences()[si+1].Para == s.Para {
			end = doc.Sentences()[si+1].End
		}
	}
	return text.Range{Start: lastInPara.Close + 1, End: max(end, lastInPara.Close+1)}
}

// interludesBetween reports paragraphs a and b with nothing between them but
// interlude lines.
func interludesBetween(doc *text.Document, a, b int) bool {
	t := doc.Text()
	for k := a + 1; k < b; k++ {
		p := doc.Paragraphs()[k]
		if k-a > 2 || !interlude(t[p.Start:p.End]) {
			return false
		}
	}
	return true
}

// bullet reports a paragraph that is a list item.
func bullet(p string) bool {
	p = strings.TrimSpace(p)
	return strings.HasPrefix(p, "\u2022") || strings.HasPrefix(p, "- ") || strings.HasPrefix(p, "* ")
}

// isAttribution reports a short stretch between two halves of a quote that names who
// is speaking: a speech verb and at most a dozen words.
func isAttribution(doc *text.Document, r text.Range) bool {
	if r.Len() <= 0 {
		return false
	}
	s := strings.ToLower(doc.Slice(r))
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	for _, w := range words {
		if speechVerbs[strings.Trim(w, ".,:;")] {
			return true
		}
	}
	return strings.Contains(s, "according to")
}
