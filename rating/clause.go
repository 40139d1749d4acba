package rating

import (
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// previousSentenceArea returns the one area named in the sentence before si in its
// paragraph, when that sentence gives no grade; otherwise a match with Value -1.
func (f *finder) previousSentenceArea(si int) (phrase.Match, text.Range) {
	doc := f.doc
	none := phrase.Match{Value: -1}
	if si == 0 || doc.Sentences()[si-1].Para != doc.Sentences()[si].Para {
		return none, text.Range{}
	}
	p := doc.Sentences()[si-1]
	word := func(i int) string { return doc.Word(p.First + i) }
	if len(gradeMatcher.Find(p.Last-p.First, word, nil)) > 0 {
		return none, text.Range{}
	}
	ms := areaMatcher.Find(p.Last-p.First, word, nil)
	if len(ms) != 1 {
		return none, text.Range{}
	}
	toks := doc.Tokens()
	return ms[0], text.Range{Start: toks[p.First+ms[0].First].Start, End: toks[p.First+ms[0].Last-1].End}
}

// headingArea returns the area phrase of paragraph pi, with its range, when the
// paragraph is a short heading that names one ("Is the service safe?"); otherwise a
// match with Value -1.
func (f *finder) headingArea(pi int) (phrase.Match, text.Range) {
	doc := f.doc
	p := doc.Paragraphs()[pi]
	first, last := doc.Sentences()[p.First].First, doc.Sentences()[p.Last-1].Last
	none := phrase.Match{Value: -1}
	if last-first > 8 {
		return none, text.Range{}
	}
	ms := areaMatcher.Find(last-first, func(i int) string { return doc.Word(first + i) }, nil)
	if len(ms) != 1 {
		return none, text.Range{}
	}
	toks := doc.Tokens()
	return ms[0], text.Range{Start: toks[first+ms[0].First].Start, End: toks[first+ms[0].Last-1].End}
}

// parenEnd returns the index of the dash that closes a parenthesis opened by the one
// at i, or -1.
func parenEnd(i, n int, word func(int) string) int {
	for j := i + 1; j < n && j-i <= 25; j++ {
		if w := word(j); w == "-" {
			return j
		} else if clauseStop(w) {
			return -1
		}
	}
	return -1
}

// skipBack walks back from token i over linking words and parentheses, and returns
// the first token that is neither.
func skipBack(i int, word func(int) string) int {
	for i >= 0 {
		w := word(i)
		if linking[w] {
			if w == "-" || w == "," {
				if j := parenStart(i, 0, word); j >= 0 {
					i = j - 1
					continue
				}
			}
			i--
			continue
		}
		break
	}
	return i
}

// parenStart returns the index of the dash or comma that opens a parenthesis closed by
// the one at i ("– which covers … –", ", the quality of …,", ", which …,"), or -1.
func parenStart(i, floor int, word func(int) string) int {
	w := word(i)
	for j := i - 1; j >= floor && i-j <= 25; j-- {
		v := word(j)
		if clauseStop(v) {
			return -1
		}
		if v == w {
			next := word(j + 1)
			if w == "-" || next == "which" || next == "who" || next == "where" || next == "the" || next == "a" || next == "an" {
				return j
			}
			return -1
		}
	}
	return -1
}

// clauseStart walks back from token at to the start of its clause, over parentheses
// set off by a pair of dashes or by a comma and "which"/"who" ("Apprenticeships, which
// account for 1,400 learners, were judged inadequate").
func clauseStart(at int, word func(int) string, grades []phrase.Match) int {
	i := at - 1
	for i >= 0 {
		w := word(i)
		if clauseStop(w) || (phrase.EndingAt(grades, i+1) >= 0) {
			break
		}
		if w == "-" || w == "," {
			j := i - 1
			for j >= 0 && word(j) != w && !clauseStop(word(j)) {
				j--
			}
			paren := j >= 0 && word(j) == w && (w == "-" || word(j+1) == "which" || word(j+1) == "who" || word(j+1) == "where")
			if !paren {
				break
			}
			i = j - 1
			continue
		}
		i--
	}
	return i + 1
}

// reportCardArea gives the report-card name of an area a text names as the EIF did.
func reportCardArea(a string) string {
	switch a {
	case "early years provision":
		return "early years"
	case "sixth form provision":
		return "sixth form"
	}
	return a
}
