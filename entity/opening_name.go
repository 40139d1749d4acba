package entity

import (
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

var openingCues = lexicon.SectionSets("opening_names")

// maxOpeningName is the most words an opening name may have.
const maxOpeningName = 6

// OpeningName returns the name made of the capitalised words that open sentence si when
// what follows them says they name an inspected body that no head noun marks: an aside
// about a thing ("Little Acorns, which opened in 2019, …"), a place ("Tern Valley Care
// in Ashby …") or a grading verb ("Brightstart was rated 'good'"). A name of one word
// needs the grading verb. It reports false when the sentence opens otherwise.
func OpeningName(doc *text.Document, si int) (text.Range, bool) {
	sent := doc.Sentences()[si]
	i, j := OpeningRun(doc, si, maxOpeningName, func(k int) bool { return openingWord(doc.TokenIn(k, sent.First, sent.Last)) })
	if j == i || j-i == maxOpeningName || !openingCue(doc, j, sent.Last, j-i > 1) {
		return text.Range{}, false
	}
	toks := doc.Tokens()
	return text.Range{Start: int(toks[i].Start), End: int(toks[j-1].End)}, true
}

// OpeningRun returns the tokens [i, j) that open sentence si, after a "The", for as
// long as word(k) holds of token k, and at most that many of them (most).
func OpeningRun(doc *text.Document, si, most int, word func(k int) bool) (i, j int) {
	sent := doc.Sentences()[si]
	i = sent.First
	if i < sent.Last && doc.Word(i) == "the" {
		i++
	}
	j = i
	for j < sent.Last && j-i < most && word(j) {
		j++
	}
	return i, j
}

// openingWord reports a word that can be part of an opening name: capitalised, and no
// sentence opener, title, month or weekday ("Inspectors", "Mrs", "Monday").
func openingWord(w string) bool {
	return isCap(w) && !titleWord(w) && !openers.has(w) && !notOpening[w]
}

// notOpening are capitalised words that open a sentence and never a body's name.
var notOpening = lexicon.Set("not_opening_names", false)

// openingCue reports what follows an opening name that ends before token j (of a
// sentence ending before last) as saying it names a body; long tells a name of more
// than one word, which the weaker cues of an aside or a place may follow.
func openingCue(doc *text.Document, j, last int, long bool) bool {
	word := func(k int) string {
		if k >= last {
			return ""
		}
		return doc.Word(k)
	}
	k := j
	for openingCues["auxiliary"][word(k)] {
		k++
	}
	if k > j && openingCues["graded"][word(k)] {
		return true
	}
	if !long {
		return false
	}
	if word(j) == "," && openingCues["after comma"][word(j+1)] {
		return true
	}
	return openingCues["place"][word(j)] && j+1 < last && isCap(doc.Slice(doc.Tokens()[j+1].Range()))
}

// VisitedName returns the first name in sentence si, after "at" or "visited", that
// what follows says is an inspected body with no head noun of its own: a lower-case
// noun for one ("at Farrowby school", the noun included) or, for a name of two words or
// more, "in" and a place ("visited Little Wrens in Farrowby"). It reports false when
// there is none.
func VisitedName(doc *text.Document, si int) (text.Range, bool) {
	sent := doc.Sentences()[si]
	toks := doc.Tokens()
	for k := sent.First; k+1 < sent.Last; k++ {
		if !openingCues["visited"][doc.Word(k)] {
			continue
		}
		i, j := k+1, k+1
		for j < sent.Last && j-i < maxOpeningName && openingWord(doc.Slice(toks[j].Range())) {
			j++
		}
		if j == i || j-i == maxOpeningName || j >= sent.Last {
			continue
		}
		if w := doc.Slice(toks[j].Range()); visitedNouns[w] {
			return text.Range{Start: int(toks[i].Start), End: int(toks[j].End)}, true
		}
		if j-i > 1 && openingCues["place"][doc.Word(j)] && j+1 < sent.Last && isCap(doc.Slice(toks[j+1].Range())) {
			return text.Range{Start: int(toks[i].Start), End: int(toks[j-1].End)}, true
		}
	}
	return text.Range{}, false
}

// visitedNouns are the lower-case nouns that, after a capitalised place, name the
// inspected body with it ("Farrowby school").
var visitedNouns = lexicon.Set("subject_nouns", false)
