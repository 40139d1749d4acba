package rating

import "github.com/verdictnlp/verdict/text"

// numberedRows reads the grade rows of an Ofsted report page that gives grades by
// their number: "This inspection: 2" under an overall heading, with "Previous
// inspection: 2" beside it. A row is a sentence of its own; the number is the grade's
// rank on Ofsted's four-point scale. Only where the text's inspectorate is Ofsted.
func (f *finder) numberedRows() {
	if f.main != OfstedBody {
		return
	}
	var grades []Grade // Ofsted's, made for the first row found
	for si, s := range f.doc.Sentences() {
		n := s.Last - s.First
		if n != 3 && n != 4 {
			continue // rowNumber's rows only: most sentences are turned away unread
		}
		var buf [4]string
		word := sentenceWords(f.doc, s, buf[:0])
		num, skip := rowNumber(n, &word) // skip: the colon's bytes when it is in the number's token
		if num < 0 {
			continue
		}
		if grades == nil {
			grades = Ofsted.Grades()
		}
		rank := int(word.at(num)[skip] - '0')
		if rank > len(grades) {
			continue
		}
		var t Time
		switch word.at(0) {
		case "this":
			t = Current
		case "previous":
			t = Previous
		default:
			continue
		}
		g := grades[rank-1]
		tok := f.doc.Tokens()[s.First+num]
		f.add(Found{
			Judgement:    Judgement{Area: Overall, Grade: g, Scale: Ofsted, Time: t},
			Inspectorate: OfstedBody,
			Range:        text.Range{Start: int(tok.Start) + skip, End: int(tok.End)},
			Sentence:     si,
		})
	}
}

// rowNumber returns the index of the grade number in a row "this inspection: 2" of n
// words, and the bytes of a colon written into the number's token ("inspection:2");
// -1 when the row is not one.
func rowNumber(n int, word *words) (int, int) {
	if word.at(1) != "inspection" {
		return -1, 0
	}
	switch {
	case n == 4 && word.at(2) == ":" && gradeNumber(word.at(3)):
		return 3, 0
	case n == 3 && len(word.at(2)) == 2 && word.at(2)[0] == ':' && gradeNumber(word.at(2)[1:]):
		return 2, 1
	}
	return -1, 0
}
