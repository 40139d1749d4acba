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
	if len(gradeMatcher.FindIn(doc, p.First, p.Last, nil)) > 0 {
		return none, text.Range{}
	}
	ms := areaMatcher.FindIn(doc, p.First, p.Last, nil)
	if len(ms) != 1 {
		return none, text.Range{}
	}
	toks := doc.Tokens()
	return ms[0], text.Range{Start: int(toks[p.First+ms[0].First].Start), End: int(toks[p.First+ms[0].Last-1].End)}
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
	ms := areaMatcher.FindIn(doc, first, last, nil)
	if len(ms) != 1 {
		return none, text.Range{}
	}
	toks := doc.Tokens()
	return ms[0], text.Range{Start: int(toks[first+ms[0].First].Start), End: int(toks[first+ms[0].Last-1].End)}
}

// parenEnd returns the index of the dash that closes a parenthesis opened by the one
// at i, or -1.
func parenEnd(i, n int, word *words) int {
	for j := i + 1; j < n && j-i <= 25; j++ {
		if w := word.at(j); w == "-" {
			return j
		} else if clauseStop(w) {
			return -1
		}
	}
	return -1
}

// skipBack walks back from token i over linking words and parentheses, and returns
// the first token that is neither.
func skipBack(i int, word *words) int {
	for i >= 0 {
		w := word.at(i)
		if linking[w] || gradeNumber(w) || w == "(" {
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
func parenStart(i, floor int, word *words) int {
	w := word.at(i)
	for j := i - 1; j >= floor && i-j <= 25; j-- {
		v := word.at(j)
		if clauseStop(v) {
			return -1
		}
		if v == w {
			next := word.at(j + 1)
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
func clauseStart(at int, word *words, grades []phrase.Match) int {
	i := at - 1
	for i >= 0 {
		w := word.at(i)
		if clauseStop(w) || (phrase.EndingAt(grades, i+1) >= 0) {
			break
		}
		if w == "," && i >= 2 && word.at(i-2) == "," && (clauseStop(word.at(i-1)) || adverb[word.at(i-1)]) {
			i -= 3 // "Apprenticeships, however, still require improvement"
			continue
		}
		if w == "-" || w == "," {
			j := i - 1
			for j >= 0 && word.at(j) != w && !clauseStop(word.at(j)) {
				j--
			}
			paren := j >= 0 && word.at(j) == w && (w == "-" || word.at(j+1) == "which" || word.at(j+1) == "who" || word.at(j+1) == "where")
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

// thatArea reports "that area" or "this area" before token at in its clause: an area
// named in the sentence before.
func thatArea(at int, word *words) bool {
	for i := at - 1; i >= 1 && at-i <= 6 && !clauseStop(word.at(i)); i-- {
		if word.at(i) == "area" && (word.at(i-1) == "that" || word.at(i-1) == "this") {
			return true
		}
	}
	return false
}

// columnYears returns the two years heading the columns of the table whose row is
// paragraph pi: a short paragraph shortly before it with two years.
func (f *finder) columnYears(pi int) (int, int) {
	doc := f.doc
	for k := pi - 1; k >= 0 && pi-k <= 8; k-- {
		p := doc.Paragraphs()[k]
		first, last := doc.Sentences()[p.First].First, doc.Sentences()[p.Last-1].Last
		if last-first > 12 {
			continue
		}
		var years []int
		for i := first; i < last; i++ {
			if y := yearOf(doc.Word(i)); y > 0 {
				years = append(years, y)
			}
		}
		if len(years) == 2 {
			return years[0], years[1]
		}
	}
	return 0, 0
}

// underColon reports a list item whose list is introduced by a paragraph ending in a
// colon.
func (f *finder) underColon(pi int) bool {
	doc := f.doc
	t := doc.Text()
	for k := pi - 1; k >= 0 && pi-k <= 12; k-- {
		p := doc.Paragraphs()[k]
		line := t[p.Start:p.End]
		if len(line) >= 3 && line[:3] == "\u2022" {
			continue
		}
		return len(line) > 0 && line[len(line)-1] == ':'
	}
	return false
}

// gradeNumber reports a grade's number written beside its word: "3 - Adequate",
// "4 (good)".
func gradeNumber(w string) bool { return len(w) == 1 && w[0] >= '1' && w[0] <= '6' }

// eifArea gives the EIF name of an area a text names as report cards do, for a grade
// on the four-point scale: "the sixth form were judged good".
func eifArea(a string) string {
	switch a {
	case "early years":
		return "early years provision"
	case "sixth form":
		return "sixth form provision"
	}
	return a
}
